import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Bench-only: fills a migrated, demo-seeded Chalkpress database (H2 or PostgreSQL) with N live, public wiki
 * pages through JDBC batches, bypassing the publish gate on purpose (see bench/README.md).
 *
 * Usage: java -cp h2.jar:postgresql.jar GenerateWikiPages.java JDBC_URL USER PAGES
 *
 * 7 in 10 pages go to grade-4-hill (the site searched), the rest round-robin to the other sites. Text is
 * ~400 words per page drawn with a Zipf-like skew from a vocabulary of school words plus ~20,000 made-up
 * words, so common words match thousands of pages and rare ones a handful. Fixed markers the bench queries:
 * "water cycle" in 1 page in 50, "zephyrine" in 5 pages of grade-4-hill.
 */
public class GenerateWikiPages {

    static final String[] SCHOOL = ("science fractions reading garden weather clouds rain river map history museum "
            + "spelling poetry music art volcano seeds plants insects butterflies habitat ocean tides moon planets "
            + "electricity magnets energy recycling community library kindness experiment hypothesis data graph")
            .split(" ");
    static final String[] SYLLABLES = "ka lo mi ne tu ra si po de fa gu le no pi sa te vo wi ze bu".split(" ");

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: GenerateWikiPages JDBC_URL USER PAGES");
            System.exit(2);
        }
        String url = args[0];
        int pages = Integer.parseInt(args[2]);
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(url, args[1], "")) {
            db.setAutoCommit(false);
            generate(db, pages);
            db.commit();
            if (url.startsWith("jdbc:h2:")) {
                try (Statement s = db.createStatement()) {
                    s.execute("shutdown compact");
                }
            } else {
                try (Statement s = db.createStatement()) {
                    db.setAutoCommit(true);
                    s.execute("vacuum analyze");
                }
            }
        }
        System.out.printf("generated %,d wiki pages in %.1f s%n", pages, (System.nanoTime() - started) / 1e9);
    }

    record Site(long id, String slug, long teacherId) { }

    static void generate(Connection db, int pages) throws SQLException {
        List<Site> sites = new ArrayList<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("select s.id, s.slug, min(t.account_id) from class_site s"
                     + " join site_teacher t on t.site_id = s.id group by s.id, s.slug order by s.id")) {
            while (rs.next()) {
                sites.add(new Site(rs.getLong(1), rs.getString(2), rs.getLong(3)));
            }
        }
        Site hill = sites.stream().filter(s -> s.slug().equals("grade-4-hill")).findFirst()
                .orElseThrow(() -> new IllegalStateException("demo site grade-4-hill missing: start in demo mode first"));
        List<Site> others = sites.stream().filter(s -> s != hill).toList();
        long itemStart = maxId(db, "content_item") + 1;
        long revStart = maxId(db, "revision") + 1;
        String[] vocabulary = vocabulary();
        Random random = new Random(20261125);
        OffsetDateTime newest = OffsetDateTime.of(2026, 11, 1, 8, 0, 0, 0, ZoneOffset.UTC);

        try (PreparedStatement item = db.prepareStatement("insert into content_item (id, site_id, kind, slug,"
                + " status, audience, author_id, draft_title, draft_body, draft_tags, draft_verdict, draft_findings,"
                + " first_published_at, created_at, updated_at, version)"
                + " values (?, ?, 'WIKI_PAGE', ?, 'PUBLISHED', 'PUBLIC', ?, ?, ?, '', 'PASS', '[]', ?, ?, ?, 1)");
             PreparedStatement rev = db.prepareStatement("insert into revision (id, item_id, number, title,"
                     + " body_html, tags, audience, author_id, verdict, created_at)"
                     + " values (?, ?, 1, ?, ?, '', 'PUBLIC', ?, 'PASS', ?)");
             PreparedStatement page = db.prepareStatement("insert into wiki_page (item_id, site_id, title, title_key,"
                     + " protected, live_text, updated_at) values (?, ?, ?, ?, false, ?, ?)");
             PreparedStatement edit = db.prepareStatement("insert into wiki_edit (revision_id, item_id, markdown,"
                     + " summary) values (?, ?, ?, 'Bench page')")) {
            int rare = 0;
            for (int n = 0; n < pages; n++) {
                long id = itemStart + n;
                Site site = n % 10 < 7 || others.isEmpty() ? hill : others.get(n % others.size());
                String title = capitalise(pick(random, vocabulary)) + " " + pick(random, vocabulary) + " " + n;
                StringBuilder text = new StringBuilder(3000);
                for (int w = 0; w < 400; w++) {
                    text.append(w == 0 ? "" : w % 16 == 0 ? ". " : " ").append(pick(random, vocabulary));
                }
                if (n % 50 == 3) {
                    text.append(". The water cycle moves rain from clouds to rivers");
                }
                if (site == hill && rare < 5 && n % 997 == 3) {
                    text.append(". A zephyrine breeze");
                    rare++;
                }
                String markdown = text.toString();
                String html = "<p>" + markdown + "</p>";
                OffsetDateTime when = newest.minusMinutes(23L * n);

                item.setLong(1, id);
                item.setLong(2, site.id());
                item.setString(3, "bench-page-" + n);
                item.setLong(4, site.teacherId());
                item.setString(5, title);
                item.setString(6, markdown);
                item.setObject(7, when);
                item.setObject(8, when);
                item.setObject(9, when);
                item.addBatch();

                rev.setLong(1, revStart + n);
                rev.setLong(2, id);
                rev.setString(3, title);
                rev.setString(4, html);
                rev.setLong(5, site.teacherId());
                rev.setObject(6, when);
                rev.addBatch();

                page.setLong(1, id);
                page.setLong(2, site.id());
                page.setString(3, title);
                page.setString(4, title.toLowerCase());
                page.setString(5, markdown);
                page.setObject(6, when);
                page.addBatch();

                edit.setLong(1, revStart + n);
                edit.setLong(2, id);
                edit.setString(3, markdown);
                edit.addBatch();
                if (n % 500 == 499 || n == pages - 1) {
                    item.executeBatch();
                    rev.executeBatch();
                    page.executeBatch();
                    edit.executeBatch();
                    db.commit();
                }
            }
        }
        try (Statement s = db.createStatement()) {
            s.executeUpdate("update content_item set live_revision_id = id - " + itemStart + " + " + revStart
                    + " where id >= " + itemStart);
            s.execute("alter table content_item alter column id restart with " + (itemStart + pages));
            s.execute("alter table revision alter column id restart with " + (revStart + pages));
        }
    }

    /** School words first (drawn most often), then made-up words of two or three syllables. */
    static String[] vocabulary() {
        List<String> words = new ArrayList<>(List.of(SCHOOL));
        for (String a : SYLLABLES) {
            for (String b : SYLLABLES) {
                words.add(a + b);
                for (String c : SYLLABLES) {
                    words.add(a + b + c + "n");
                }
            }
        }
        return words.toArray(String[]::new);
    }

    /** Zipf-like: index ~ size^u, so low indexes (school words) are far more frequent. */
    static String pick(Random random, String[] vocabulary) {
        int index = (int) Math.pow(vocabulary.length, random.nextDouble()) - 1;
        return vocabulary[Math.min(index, vocabulary.length - 1)];
    }

    static long maxId(Connection db, String table) throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("select coalesce(max(id), 0) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
