package witness.testing;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * axe-core (Deque's accessibility engine, from the org.webjars.npm:axe-core test dependency) run in a page:
 * the WCAG 2.0/2.1 A and AA rules and axe's best practices. The page must ignore the Content-Security-Policy
 * ({@link BrowserTest#bypassCsp()}), since the script is injected into it.
 */
public final class Axe {
    private static final String SCRIPT = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    /**
     * Rules of lesser impact that are held to all the same: a page's structure (one main landmark, all content
     * in landmarks, one h1, no skipped heading level) and ids that are unique (labels and aria refer to them).
     */
    public static final Set<String> STRUCTURE = Set.of("landmark-one-main", "region", "page-has-heading-one",
            "heading-order", "duplicate-id", "duplicate-id-active", "duplicate-id-aria");
    private static final int TARGETS_SHOWN = 3;
    private static String source;

    private Axe() {
    }

    /** One rule broken on the page: its id, impact, what it asks for, where (CSS selectors) and how many times. */
    public record Violation(String rule, String impact, String help, String helpUrl, List<String> targets) {
        @Override
        public String toString() {
            String where = targets.stream().limit(TARGETS_SHOWN).collect(Collectors.joining(" | "));
            String more = targets.size() > TARGETS_SHOWN ? " … and " + (targets.size() - TARGETS_SHOWN) + " more" : "";
            return rule + " (" + impact + "): " + help + " — at " + where + more + " — " + helpUrl;
        }
    }

    /** The serious and critical violations on the page as it stands now, and those of the {@link #STRUCTURE} rules. */
    public static List<Violation> seriousViolations(Page page) {
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(script()));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> found = (List<Map<String, Object>>) page.evaluate("""
                async () => {
                  const results = await axe.run(document, { runOnly: { type: 'tag',
                      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
                      resultTypes: ['violations'] });
                  return results.violations.map(v => ({ rule: v.id, impact: v.impact, help: v.help,
                      helpUrl: v.helpUrl, targets: v.nodes.map(n => n.target.join(' ')) }));
                }""");
        return found.stream()
                .filter(v -> BLOCKING.contains(v.get("impact")) || STRUCTURE.contains(v.get("rule")))
                .map(v -> new Violation((String) v.get("rule"), (String) v.get("impact"), (String) v.get("help"),
                        (String) v.get("helpUrl"), stringList(v.get("targets"))))
                .toList();
    }

    /** A failure message: the page, then one line per violation. */
    public static String describe(String where, List<Violation> violations) {
        return violations.size() + " accessibility violation(s) on " + where + ":\n  "
                + violations.stream().map(Violation::toString).collect(Collectors.joining("\n  "));
    }

    @SuppressWarnings("unchecked")
    private static List<String> stringList(Object list) {
        return ((List<Object>) list).stream().map(String::valueOf).toList();
    }

    private static synchronized String script() {
        if (source == null) {
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SCRIPT)) {
                if (in == null) {
                    throw new IllegalStateException(SCRIPT + " is not on the test classpath (org.webjars.npm:axe-core)");
                }
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }
}
