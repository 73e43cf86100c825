-- Replaces one field of a hash only if it still holds the value the caller read (optimistic update
-- of one pool node, like the Node service's atomic Lua updates, without re-encoding its JSON here).
-- KEYS[1] hash; ARGV[1] field; ARGV[2] expected value; ARGV[3] new value. Returns 1 if written, 0 if not.
if redis.call('HGET', KEYS[1], ARGV[1]) == ARGV[2] then
  redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
  return 1
end
return 0
