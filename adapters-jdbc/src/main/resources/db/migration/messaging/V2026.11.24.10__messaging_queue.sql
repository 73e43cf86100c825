-- Messaging (area C): outbound messages persisted by the worker, their conversations' counters,
-- retries waiting for their next attempt, and dead letters. Timestamps are timestamptz (UTC).

-- One row per (customer, channel, recipient); the worker moves the counters in the same
-- transaction as it inserts the conversation's new messages.
CREATE TABLE messaging_conversation (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id     text        NOT NULL,
    channel         text        NOT NULL CHECK (channel IN ('sms', 'email')),
    participant     text        NOT NULL,
    message_count   bigint      NOT NULL CHECK (message_count >= 0),
    last_message_at timestamptz NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT messaging_conversation_participant UNIQUE (customer_id, channel, participant)
);

-- At most one row per idempotency key: the worker inserts with ON CONFLICT DO NOTHING.
-- The conversation is checked at commit (its row is upserted by the same statement).
CREATE TABLE messaging_message (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    idempotency_key text        NOT NULL,
    customer_id     text        NOT NULL,
    channel         text        NOT NULL CHECK (channel IN ('sms', 'email')),
    recipient       text        NOT NULL,
    sender          text,
    subject         text,
    body_text       text,
    body_html       text,
    accepted_at     timestamptz NOT NULL,
    attempt         integer     NOT NULL CHECK (attempt >= 1),
    stored_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT messaging_message_idempotency_key UNIQUE (idempotency_key),
    CONSTRAINT messaging_message_conversation FOREIGN KEY (customer_id, channel, recipient)
        REFERENCES messaging_conversation (customer_id, channel, participant) DEFERRABLE INITIALLY DEFERRED
);

-- A message waiting for its next attempt; claimed by setting due_at past a lease.
CREATE TABLE messaging_retry (
    idempotency_key text        PRIMARY KEY,
    customer_id     text        NOT NULL,
    channel         text        NOT NULL CHECK (channel IN ('sms', 'email')),
    recipient       text        NOT NULL,
    sender          text,
    subject         text,
    body_text       text,
    body_html       text,
    accepted_at     timestamptz NOT NULL,
    attempt         integer     NOT NULL CHECK (attempt >= 2),
    first_failed_at timestamptz NOT NULL,
    due_at          timestamptz NOT NULL,
    last_error      text        NOT NULL,
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX messaging_retry_due ON messaging_retry (due_at);

-- A message the worker gave up on (event columns set), or a queue record nobody could read
-- (source and raw_payload set). A message is dead at most once at a time.
CREATE TABLE messaging_dead_letter (
    id               bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    idempotency_key  text,
    customer_id      text,
    channel          text        CHECK (channel IN ('sms', 'email')),
    recipient        text,
    sender           text,
    subject          text,
    body_text        text,
    body_html        text,
    accepted_at      timestamptz,
    source           text,
    raw_payload      text,
    reason           text        NOT NULL,
    attempts         integer     NOT NULL CHECK (attempts >= 0),
    dead_lettered_at timestamptz NOT NULL,
    CONSTRAINT messaging_dead_letter_content CHECK ((idempotency_key IS NULL) = (raw_payload IS NOT NULL))
);
CREATE UNIQUE INDEX messaging_dead_letter_key ON messaging_dead_letter (idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX messaging_dead_letter_age ON messaging_dead_letter (dead_lettered_at);
