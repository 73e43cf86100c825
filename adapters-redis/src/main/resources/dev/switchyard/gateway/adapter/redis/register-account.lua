-- Adds an account to the pool as the Node service's import does: its token record, its pool node,
-- the refresh-token index and the provider type, all at once. A refresh token that another
-- account of the pool holds is refused; an account already in the pool gets the new token record
-- (a new login) and keeps its node.
-- KEYS[1] pool hash; KEYS[2] tokens key; KEYS[3] refresh-index key; KEYS[4] pool-types set.
-- ARGV[1] uuid; ARGV[2] node JSON for a new account; ARGV[3] token record; ARGV[4] provider type.
-- Returns {'added'|'replaced'|'duplicate', uuid of the account concerned}.
local owner = redis.call('GET', KEYS[3])
if owner and owner ~= ARGV[1] and redis.call('HEXISTS', KEYS[1], owner) == 1 then
  return {'duplicate', owner}
end
local exists = redis.call('HEXISTS', KEYS[1], ARGV[1]) == 1
redis.call('SET', KEYS[2], ARGV[3])
redis.call('SET', KEYS[3], ARGV[1])
if not exists then
  redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
end
redis.call('SADD', KEYS[4], ARGV[4])
if exists then
  return {'replaced', ARGV[1]}
end
return {'added', ARGV[1]}
