package org.chalkpress.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.chalkpress.policy.Audience;
import org.chalkpress.policy.ContentKind;
import org.chalkpress.policy.Finding;
import org.chalkpress.policy.PolicyEngine;
import org.chalkpress.policy.PolicySettings;
import org.chalkpress.policy.Review;
import org.chalkpress.policy.RosterIndex;
import org.chalkpress.policy.RosterStudent;
import org.chalkpress.policy.rules.DistrictRules;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The publish gate's policy check on a realistic classroom post: {@code words} words with one link per
 * hundred words (20 links at 2,000 words) and a few students' first names, against a 2,000-student roster
 * (its RosterIndex built once, as the gate would cache it) and the district's full word lists.
 *
 * <ul>
 *   <li>{@code review}: the rules alone, on a Review already built ({@code engine.review(review)}).</li>
 *   <li>{@code parseAndReview}: parsing the sanitised HTML into the Review as well, i.e. what one publish costs.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class PolicyBenchmark {

    static final int ROSTER_SIZE = 2_000;

    static final String[] GIVEN = {"Maya", "Leo", "Aisha", "Noah", "Sofia", "Ethan", "Zara", "Lucas", "Priya",
            "Mateo", "Chloe", "Omar", "Hana", "Diego", "Ivy", "Kai", "Nora", "Samuel", "Lila", "Felix", "Amara",
            "Theo", "Rosa", "Jonah", "Mina", "Elias", "Yara", "Owen", "Tessa", "Ravi", "Elena", "Max", "Grace",
            "Will", "Ines", "Kofi", "Mei", "Arjun", "Lena", "Tomas"};
    static final String[] FAMILY = {"Rivera", "Chen", "Okafor", "Johansson", "Patel", "Nguyen", "Garcia",
            "Kowalski", "Haddad", "Brooks", "Tanaka", "Murphy", "Silva", "Novak", "Adeyemi", "Larsen", "Moreau",
            "Khan", "Fischer", "Lopez", "Walsh", "Ito", "Mensah", "Dubois", "Reyes", "Sato", "Bianchi", "Osei",
            "Andersen", "Kim", "Costa", "Ibrahim", "Berg", "Sharma", "Doyle", "Weber", "Ruiz", "Mbeki", "Park",
            "Quinn", "Lindqvist", "Oduya", "Petrov", "Santos", "Yilmaz", "Hughes", "Romero", "Ahmed", "Nakamura",
            "Keller"};
    static final String[] SENTENCES = {
            "This week our class explored how plants turn sunlight into food",
            "We measured the height of our bean plants every morning and recorded the results in our notebooks",
            "Families are welcome to join us for the science fair on Thursday afternoon in the gym",
            "Students worked in small groups to build bridges out of paper and tape and tested how much weight they held",
            "During reading time we finished the last chapter of our class novel and talked about the ending",
            "Our math unit on fractions continues with pizza slices, measuring cups and number lines",
            "Please remember to send a water bottle and a labelled jacket for the field trip next week",
            "The library visit was a big success and everyone brought home a new book to share",
            "In art we painted autumn leaves using watercolours and learned how warm and cool colours differ",
            "Thank you to all the volunteers who helped with the book fair and the bake sale",
            "We are collecting empty jars and cardboard tubes for our recycling project",
            "Next month we will start writing our own poems and publishing them in a class anthology",
            "Our weather station recorded three rainy days and two sunny days this week",
            "In music class we practised the songs for the winter concert and learned a new round",
            "The class voted to name our caterpillars after famous scientists",
    };
    static final String[] LINK_TARGETS = {"https://www.nasa.gov/learning-resources/", "https://en.wikipedia.org/wiki/Photosynthesis",
            "https://kids.nationalgeographic.com/animals", "https://www.loc.gov/collections/", "https://www.khanacademy.org/math/fractions",
            "https://www.smithsonianmag.com/science-nature/", "https://www.pbslearningmedia.org/", "https://www.weather.gov/education",
            "https://www.riverbend.example/calendar", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"};

    @Param({"200", "2000", "20000", "200000"})
    public int words;

    private PolicyEngine engine;
    private RosterIndex rosterIndex;
    private String html;
    private Review review;

    @Setup
    public void setUp() {
        engine = new PolicyEngine(DistrictRules.all());
        rosterIndex = new RosterIndex(roster(new Random(7)));
        html = post(new Random(11), words);
        review = build();
        List<Finding> findings = engine.review(review);
        System.out.printf("%n%,d words, %,d characters of HTML, %d findings%n", words, html.length(), findings.size());
    }

    @Benchmark
    public List<Finding> review() {
        return engine.review(review);
    }

    @Benchmark
    public List<Finding> parseAndReview() {
        return engine.review(build());
    }

    private Review build() {
        return Review.of(ContentKind.POST, html)
                .site("grade-4-hill")
                .audience(Audience.PUBLIC)
                .title("What we learned this week")
                .rosterIndex(rosterIndex)
                .settings(PolicySettings.DEFAULTS)
                .build();
    }

    static List<RosterStudent> roster(Random random) {
        List<RosterStudent> students = new ArrayList<>(ROSTER_SIZE);
        for (int i = 0; i < ROSTER_SIZE; i++) {
            String given = GIVEN[i % GIVEN.length];
            String family = FAMILY[(i / GIVEN.length) % FAMILY.length];
            students.add(new RosterStudent(given, family, String.valueOf(400_000 + i),
                    LocalDate.of(2012 + random.nextInt(6), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                    random.nextInt(20) == 0));
        }
        return students;
    }

    /** Paragraphs of classroom sentences; a link every ~100 words; a student's first name every ~150 words. */
    static String post(Random random, int words) {
        StringBuilder out = new StringBuilder(words * 7);
        int written = 0;
        int nextLink = 100;
        int nextName = 75;
        int links = 0;
        while (written < words) {
            out.append("<p>");
            for (int s = 0; s < 4 && written < words; s++) {
                String sentence = SENTENCES[random.nextInt(SENTENCES.length)];
                if (written >= nextName) {
                    sentence = GIVEN[random.nextInt(GIVEN.length)] + " said: " + sentence.substring(0, 1).toLowerCase()
                            + sentence.substring(1);
                    nextName += 150;
                }
                out.append(sentence);
                written += sentence.split(" ").length;
                if (written >= nextLink) {
                    out.append(" (see <a href=\"").append(LINK_TARGETS[links % LINK_TARGETS.length]).append("\">")
                            .append("this page</a>)");
                    links++;
                    nextLink += 100;
                }
                out.append(". ");
            }
            out.append("</p>\n");
        }
        return out.toString();
    }
}
