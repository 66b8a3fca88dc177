-- E-mail waiting to be sent, queued in the transaction that handled the event which owes it, so a stored event
-- cannot lose its mail; a poller sends each row and marks it in one short transaction (mail-outbox/README.md).
--
-- mail_id is derived from what caused the mail (the event's id and the template), so queuing it again is a no-op.
-- The address and the template's variables are personal data: sealed (AES-GCM) with the key of the data subject
-- recipient_subject, so shredding that subject erases a mail not yet sent, and cleared once the mail is sent.
-- message_id is the RFC 5322 Message-ID the mail goes out with, the same on every attempt.
create table mail_outbox (
    mail_id           uuid        primary key,
    recipient_subject uuid        not null,
    sealed_recipient  bytea       null,
    template          text        not null,
    sealed_model      bytea       null,
    locale            text        not null,
    state             text        not null default 'PENDING'
        check (state in ('PENDING', 'SENT', 'FAILED_PERMANENTLY', 'ERASED')),
    attempts          int         not null default 0 check (attempts >= 0),
    next_attempt_at   timestamptz not null default now(),
    created_at        timestamptz not null default now(),
    sent_at           timestamptz null,
    message_id        text        not null unique,
    -- why the last attempt failed: exception types and the SMTP reply code, never a message (it may quote the address)
    last_error        text        null,
    constraint mail_outbox_pending_is_sealed
        check (state <> 'PENDING' or (sealed_recipient is not null and sealed_model is not null)),
    constraint mail_outbox_sent_has_time check ((state = 'SENT') = (sent_at is not null))
);

-- what the poller asks for: the due mails, oldest first
create index mail_outbox_due on mail_outbox (next_attempt_at) where state = 'PENDING';
