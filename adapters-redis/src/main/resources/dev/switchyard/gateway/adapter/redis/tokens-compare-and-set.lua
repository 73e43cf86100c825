-- Replaces an account's token record only if it is still the one the caller read, and moves the
-- refresh-token index (kiro:refresh-index:{hash} -> uuid) to the new refresh token.
-- KEYS[1] tokens key; KEYS[2] index key of the old refresh token; KEYS[3] index key of the new one.
-- ARGV[1] expected record; ARGV[2] new record; ARGV[3] account uuid. Returns 1 if written, 0 if not.
if redis.call('GET', KEYS[1]) ~= ARGV[1] then
  return 0
end
redis.call('SET', KEYS[1], ARGV[2], 'KEEPTTL')
if KEYS[2] ~= KEYS[3] then
  if redis.call('GET', KEYS[2]) == ARGV[3] then
    redis.call('DEL', KEYS[2])
  end
  redis.call('SET', KEYS[3], ARGV[3])
end
return 1
