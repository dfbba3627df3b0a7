package org.chalkpress.comments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.chalkpress.notify.Notice;

/** Listens for notices in container tests, as the e-mail delivery does in production. */
@ApplicationScoped
public class NoticesHeard {

    private final List<Notice> heard = new CopyOnWriteArrayList<>();

    void onNotice(@Observes Notice notice) {
        heard.add(notice);
    }

    public List<Notice> to(long accountId, String topic) {
        return heard.stream().filter(n -> n.recipientAccountId() == accountId && n.topic().equals(topic)).toList();
    }
}
