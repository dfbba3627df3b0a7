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
import java.util.TreeSet;

/**
 * Bench-only: fills a migrated, demo-seeded Chalkpress database with N published posts, straight through
 * JDBC batch inserts. It bypasses the publish gate on purpose (see bench/README.md): the gate reviews every
 * post with all district rules, which is right for teachers and far too slow for 100,000 bench posts.
 *
 * Usage: java -cp h2-2.2.224.jar GenerateDistrict.java JDBC_URL POSTS
 *
 * Posts are spread round-robin over the class sites, written by each site's teacher, first published one
 * every ~37 minutes going back from 2026-11-01, about 1 in 5 for the class only and 1 in 10 for the
 * district (the rest public). Two fixed posts on grade-4-hill are what the benchmark reads:
 * "a-week-of-fractions" (public, ~700 words) and "class-only-field-notes" (class audience: an anonymous
 * visitor must get 404).
 */
public class GenerateDistrict {

    static final String[] WORDS = ("we the class learned about fractions today and then our students measured "
            + "plants in garden with rulers wrote field notes shared stories read aloud library week science "
            + "project maps rivers weather clouds rain sun seeds sprouting beans grew centimetres volcano model "
            + "history timeline museum visit spelling practice lists home families thank you for helping build "
            + "bird feeders counted birds marsh trail nature center art mural paint colours music concert songs "
            + "math games multiplication tables reading buddies kindness week recycling drive community garden "
            + "pumpkins harvest autumn leaves winter snow spring flowers summer reading challenge books authors "
            + "poetry writing workshop drafts revising editing publishing our own class newspaper interviews "
            + "questions experiments hypothesis results graph data chart microscope cells lab goggles safety "
            + "careful observation sketch diagram label parts leaf stem root petal insects butterflies life cycle")
            .split(" ");
    static final String[] TAGS = {"news", "science", "math", "reading", "art", "music", "field trip", "events",
            "writing", "garden", "history", "lab", "kindness", "homework", "projects"};

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: GenerateDistrict JDBC_URL POSTS");
            System.exit(2);
        }
        String url = args[0];
        int posts = Integer.parseInt(args[1]);
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            db.setAutoCommit(false);
            generate(db, posts);
            db.commit();
            // Rewrites the file without the space the batches left behind, so the app opens a tidy database.
            try (Statement s = db.createStatement()) {
                s.execute("shutdown compact");
            }
        }
        System.out.printf("generated %,d posts in %.1f s%n", posts, (System.nanoTime() - started) / 1e9);
    }

    record Site(long id, String slug, long teacherId) { }

    static void generate(Connection db, int posts) throws SQLException {
        List<Site> sites = new ArrayList<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("select s.id, s.slug, min(t.account_id) from class_site s"
                     + " join site_teacher t on t.site_id = s.id group by s.id, s.slug order by s.id")) {
            while (rs.next()) {
                sites.add(new Site(rs.getLong(1), rs.getString(2), rs.getLong(3)));
            }
        }
        if (sites.isEmpty()) {
            throw new IllegalStateException("No class sites with teachers: start the app once in demo mode first");
        }
        Site hill = sites.stream().filter(s -> s.slug().equals("grade-4-hill")).findFirst()
                .orElseThrow(() -> new IllegalStateException("demo site grade-4-hill missing"));
        long itemStart = maxId(db, "content_item") + 1;
        long revStart = maxId(db, "revision") + 1;

        Random random = new Random(20261125);
        OffsetDateTime newest = OffsetDateTime.of(2026, 11, 1, 8, 0, 0, 0, ZoneOffset.UTC);
        String itemSql = "insert into content_item (id, site_id, kind, slug, status, audience, author_id,"
                + " draft_title, draft_body, draft_tags, draft_verdict, draft_findings, live_revision_id,"
                + " first_published_at, created_at, updated_at, version)"
                + " values (?, ?, 'POST', ?, 'PUBLISHED', ?, ?, ?, ?, ?, 'PASS', '[]', null, ?, ?, ?, 1)";
        String revSql = "insert into revision (id, item_id, number, title, body_html, tags, audience, author_id,"
                + " verdict, created_at) values (?, ?, 1, ?, ?, ?, ?, ?, 'PASS', ?)";
        String tagSql = "insert into item_tag (item_id, tag) values (?, ?)";
        try (PreparedStatement item = db.prepareStatement(itemSql);
             PreparedStatement rev = db.prepareStatement(revSql);
             PreparedStatement tag = db.prepareStatement(tagSql)) {
            for (int n = 0; n < posts; n++) {
                long id = itemStart + n;
                Site site;
                String slug;
                String title;
                String body;
                String audience;
                // The newest two posts of grade-4-hill are the fixed ones the bench reads.
                if (n == 0) {
                    site = hill;
                    slug = "a-week-of-fractions";
                    title = "A week of fractions";
                    body = body(random, 700, 8, true);
                    audience = "PUBLIC";
                } else if (n == 1) {
                    site = hill;
                    slug = "class-only-field-notes";
                    title = "Class-only field notes";
                    body = body(random, 120, 2, false);
                    audience = "CLASS";
                } else {
                    site = sites.get(n % sites.size());
                    slug = "bench-post-" + n;
                    title = capitalise(words(random, 3 + random.nextInt(5))) + " (" + n + ")";
                    body = body(random, 60 + random.nextInt(140), 1 + random.nextInt(3), random.nextInt(4) == 0);
                    int roll = random.nextInt(10);
                    audience = roll < 2 ? "CLASS" : roll < 3 ? "DISTRICT" : "PUBLIC";
                }
                TreeSet<String> tags = new TreeSet<>();
                for (int t = 1 + random.nextInt(3); t > 0; t--) {
                    tags.add(TAGS[random.nextInt(TAGS.length)]);
                }
                String tagText = String.join(", ", tags);
                OffsetDateTime published = newest.minusMinutes(37L * n + random.nextInt(30));

                item.setLong(1, id);
                item.setLong(2, site.id());
                item.setString(3, slug);
                item.setString(4, audience);
                item.setLong(5, site.teacherId());
                item.setString(6, title);
                item.setString(7, body);
                item.setString(8, tagText);
                item.setObject(9, published);
                item.setObject(10, published.minusHours(2));
                item.setObject(11, published);
                item.addBatch();

                rev.setLong(1, revStart + n);
                rev.setLong(2, id);
                rev.setString(3, title);
                rev.setString(4, body);
                rev.setString(5, tagText);
                rev.setString(6, audience);
                rev.setLong(7, site.teacherId());
                rev.setObject(8, published);
                rev.addBatch();

                for (String t : tags) {
                    tag.setLong(1, id);
                    tag.setString(2, t);
                    tag.addBatch();
                }
                if (n % 1000 == 999 || n == posts - 1) {
                    item.executeBatch();
                    rev.executeBatch();
                    tag.executeBatch();
                    db.commit();
                }
            }
        }
        try (Statement s = db.createStatement()) {
            s.executeUpdate("update content_item set live_revision_id = id - " + itemStart + " + " + revStart
                    + " where id >= " + itemStart);
            // The app inserts with IDENTITY: move the counters past the rows written here.
            s.execute("alter table content_item alter column id restart with " + (itemStart + posts));
            s.execute("alter table revision alter column id restart with " + (revStart + posts));
        }
    }

    static long maxId(Connection db, String table) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select coalesce(max(id), 0) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Paragraphs of classroom-ish words, with a link now and then, as the sanitiser would leave them. */
    static String body(Random random, int words, int paragraphs, boolean links) {
        StringBuilder out = new StringBuilder(words * 8);
        int perParagraph = Math.max(1, words / paragraphs);
        for (int p = 0; p < paragraphs; p++) {
            out.append("<p>");
            String text = capitalise(words(random, perParagraph));
            if (links && p % 2 == 1) {
                int cut = text.indexOf(' ', text.length() / 2);
                cut = cut < 0 ? text.length() : cut;
                out.append(text, 0, cut).append(" <a href=\"https://example.org/class/").append(p).append("\">")
                        .append("read more</a>").append(text.substring(cut));
            } else {
                out.append(text);
            }
            out.append(".</p>");
        }
        return out.toString();
    }

    static String words(Random random, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                out.append(i % 14 == 0 ? ". " : " ");
            }
            out.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return out.toString();
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
