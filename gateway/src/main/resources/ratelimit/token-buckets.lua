-- Token buckets that a request takes from all together (RedisTokenBuckets; InMemoryTokenBuckets does the same).
-- KEYS: one hash per bucket, fields "tokens" and "ts" (seconds, Redis clock). ARGV: rate_1, burst_1, rate_2, ...
-- The request passes when every bucket has a whole token; then each loses one, otherwise none is touched.
-- Returns { allowed (1 or 0), whole tokens left in bucket 1, ..., milliseconds until the refusing buckets refill }.
local time = redis.call('TIME')
local now = tonumber(time[1]) + tonumber(time[2]) / 1000000
local available = {}
local allowed = 1
local retry = 0
for i, key in ipairs(KEYS) do
  local rate = tonumber(ARGV[2 * i - 1])
  local burst = tonumber(ARGV[2 * i])
  local state = redis.call('HMGET', key, 'tokens', 'ts')
  local tokens = tonumber(state[1])
  local last = tonumber(state[2])
  if tokens == nil or last == nil then
    tokens = burst
  else
    tokens = math.min(burst, tokens + math.max(0, now - last) * rate)
  end
  available[i] = tokens
  if tokens < 1 then
    allowed = 0
    retry = math.max(retry, (1 - tokens) / rate)
  end
end
local result = { allowed }
for i, key in ipairs(KEYS) do
  local rate = tonumber(ARGV[2 * i - 1])
  local burst = tonumber(ARGV[2 * i])
  local tokens = available[i]
  if allowed == 1 then
    tokens = tokens - 1
    redis.call('HSET', key, 'tokens', tokens, 'ts', now)
    -- unused for burst / rate seconds, a bucket is full again: as good as no bucket at all
    redis.call('PEXPIRE', key, math.ceil(burst / rate * 1000) + 1000)
  end
  result[i + 1] = math.floor(tokens)
end
result[#KEYS + 2] = math.ceil(retry * 1000)
return result
