package io.kopilka.notifications.internal;

import io.kopilka.notifications.Channel;

/** Delivers messages of some channels. */
interface ChannelSender {

    /** Whether it delivers the channel's messages. */
    boolean handles(Channel channel);

    /** Whether it is set up to send (an SMTP host, a provider URL); when not, messages wait in the outbox. */
    boolean configured();

    /** Hands the message over; returns only when the other side accepted it. */
    void send(Outgoing message) throws SendFailedException;
}
