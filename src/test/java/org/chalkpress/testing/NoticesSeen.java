package org.chalkpress.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.chalkpress.notify.Notice;

/** Test deployments only: remembers every Notice fired, as the notification service would receive it. */
@ApplicationScoped
public class NoticesSeen {

    private final List<Notice> seen = new CopyOnWriteArrayList<>();

    void observe(@Observes Notice notice) {
        seen.add(notice);
    }

    public List<Notice> to(long accountId) {
        return seen.stream().filter(n -> n.recipientAccountId() == accountId).toList();
    }
}
