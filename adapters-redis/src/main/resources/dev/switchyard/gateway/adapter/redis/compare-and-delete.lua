-- Releases a lock only if the caller still holds it (its value is the caller's token).
-- KEYS[1] lock key; ARGV[1] the holder's token. Returns 1 if deleted, 0 if not.
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
