package witness;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How the packages of src/main may depend on each other (docs/architecture.md): the shared web layer and the core
 * (the film, its lookup, keys, the word search) name no feature, so that every feature can use them without a
 * cycle; security (users, roles, the login) names none either, and people only security. A new feature package is
 * covered as soon as it exists.
 */
class ArchitectureTest {
    private static JavaClasses classes;
    private static Set<String> features;

    @BeforeAll
    static void importTheApp() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("witness");
        features = new TreeSet<>();
        classes.forEach(c -> {
            String[] parts = c.getPackageName().split("\\.");
            if (parts.length > 1 && !parts[1].equals("web") && !parts[1].equals("core")) {
                features.add("witness." + parts[1] + "..");
            }
        });
    }

    @Test
    void noTwoPackagesDependOnEachOtherInACycle() {
        slices().matching("witness.(*)..").should().beFreeOfCycles()
                .because("a feature changes without its callers' callers changing with it").check(classes);
    }

    @Test
    void sourcesAndTheChronologyNameNoScenesInterviewsOrResearchPages() {
        noClasses().that().resideInAnyPackage("witness.source..", "witness.chronology..").should()
                .dependOnClassesThat().resideInAnyPackage("witness.film..", "witness.interview..",
                        "witness.research..")
                .because("shots, testimonies and scenes name sources and events; the pages that show both live in"
                        + " research and film").check(classes);
    }

    @Test
    void theWebLayerNamesNoFeature() {
        namesNone("witness.web..", features, "web holds what every feature's pages share; a feature's code lives in"
                + " the feature");
    }

    @Test
    void theWebLayerNamesNotEvenTheCore() {
        namesNone("witness.web..", Set.of("witness.core.."), "the core is the film's, and web serves every page");
    }

    @Test
    void theCoreNamesNoFeature() {
        namesNone("witness.core..", features, "every feature names the film; the film must not name a feature in turn");
    }

    @Test
    void securityNamesNoOtherFeature() {
        Set<String> others = new TreeSet<>(features);
        others.remove("witness.security..");
        namesNone("witness.security..", others, "every feature checks roles; the roles must not depend on a feature"
                + " in turn");
    }

    @Test
    void peopleNameNoFeatureButSecurity() {
        Set<String> others = new TreeSet<>(features);
        others.removeAll(Set.of("witness.person..", "witness.security.."));
        namesNone("witness.person..", others, "shots, interviews, sources and schedules name people; where a person"
                + " appears is found by those features (person.Appearances.Finder)");
    }

    @Test
    void locationsNameNoFeature() {
        Set<String> others = new TreeSet<>(features);
        others.remove("witness.location..");
        namesNone("witness.location..", others, "shots, interviews, shoot days and log entries name locations; they"
                + " list, count and let go of them when asked (LocationShown, LocationLeaving)");
    }

    @Test
    void whatSchedulesPlanNamesNoSchedule() {
        noClasses().that().resideInAnyPackage("witness.film..", "witness.interview..", "witness.research..")
                .should().dependOnClassesThat().resideInAPackage("witness.schedule..")
                .because("shoot days plan shots and interviews, which are deleted without naming them (ShotsLeaving,"
                        + " InterviewLeaving)").check(classes);
    }

    @Test
    void theUsernameIsReadFromTheIdentityInOnePlace() {
        noClasses().that().doNotHaveFullyQualifiedName("witness.security.WitnessUser")
                .and().doNotHaveFullyQualifiedName("witness.web.CachedPageFilter").should()
                .callMethod(java.security.Principal.class, "getName")
                .because("a session's principal is username/generation: WitnessUser.usernameOf reads the username"
                        + " (the page cache keys pages by the whole principal, so a new session does not see old ones)")
                .check(classes);
    }

    @Test
    void noTwoClassesShareASimpleName() {
        Map<String, List<String>> byName = classes.stream().filter(c -> !c.isNestedClass() && !c.isAnonymousClass())
                .collect(Collectors.groupingBy(JavaClass::getSimpleName, TreeMap::new,
                        Collectors.mapping(JavaClass::getName, Collectors.toList())));
        byName.values().removeIf(names -> names.size() < 2);
        assertThat(byName).as("classes of src/main that share a simple name: a reader, an import or a search cannot"
                + " tell them apart").isEmpty();
    }

    /**
     * A resource hands a bound input to its editor and reads nothing of the item before the write, so no resource
     * clears the persistence context to forget what it read (docs/architecture.md, how a request flows).
     */
    @Test
    void resourcesBindTheirInputsAndClearNothing() {
        noClasses().that().haveSimpleNameEndingWith("Resource").or().haveSimpleNameEndingWith("Api")
                .should().callMethod(EntityManager.class, "clear")
                .because("an editor checks an input before it touches a stored item; a page drawn after a write"
                        + " reads what is stored").check(classes);
    }

    private static void namesNone(String pkg, Set<String> named, String because) {
        noClasses().that().resideInAPackage(pkg).should().dependOnClassesThat()
                .resideInAnyPackage(named.toArray(String[]::new)).because(because).check(classes);
    }
}
