package org.chalkpress.notify;

/** A notice with an e-mail to send was stored in the outbox (inside the transaction that fired it). */
record NoticeStored(long id) { }
