-- Creating POSTs may carry an Idempotency-Key: a retry with the same key and body gets the first answer
-- again instead of creating twice. Keyed by the caller (user id, or client address when anonymous).
create table idempotent_requests (
    caller           text        not null,
    idempotency_key  text        not null,
    request_hash     text        not null,
    response_status  int,
    response_type    text,
    response_body    bytea,
    created_at       timestamptz not null default now(),
    primary key (caller, idempotency_key)
);

create index idempotent_requests_created_idx on idempotent_requests (created_at);

grant select, insert, update, delete on idempotent_requests to ${appRole};
