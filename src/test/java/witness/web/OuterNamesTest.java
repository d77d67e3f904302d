package witness.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.qute.Engine;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.TemplateException;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.UserTagSectionHelper;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A name is found where Qute finds it, with or without {@link OuterNames}: each template here renders the same
 * with both engines, shadowing, tags, includes and missing names included.
 */
class OuterNamesTest {

    public record Scene(String title, List<String> shots) {
    }

    private final Map<String, Object> data = Map.of(
            "film", "Victor Serge",
            "title", "the film's title",
            "scenes", List.of(new Scene("Orenburg", List.of("1.1", "1.2")), new Scene("Brussels", List.of("2.1"))),
            "missingScene", Arrays.asList((Scene) null));

    @Test
    void aLoopsItemShadowsTheTemplatesDataOfTheSameName() {
        assertSame("{#for title in scenes}{title.title}|{/for}{title}", "Orenburg|Brussels|the film's title");
    }

    @Test
    void namesFromOutsideNestedLoopsLetsAndIncludes() {
        assertSame("{#for scene in scenes}{#for shot in scene.shots}{#let n=shot_count}"
                + "{film}:{scene.title}:{shot}:{n}:{scene_index};{/let}{/for}{/for}",
                "Victor Serge:Orenburg:1.1:1:0;Victor Serge:Orenburg:1.2:2:0;Victor Serge:Brussels:2.1:1:1;");
        assertSame("{#include part scene=scenes.0 /}", "Victor Serge / Orenburg");
    }

    @Test
    void aTagSeesItsParametersOnlyAndAWithObjectItsProperties() {
        assertSame("{#card scene=scenes.1 /}", "Brussels,");
        assertSame("{#with scenes.0}{title} of {film}{/with}", "Orenburg of Victor Serge");
    }

    @Test
    void aMissingItemsPropertyIsNotTakenFromOutside() {
        for (Engine engine : engines()) {
            assertThrows(TemplateException.class,
                    () -> render(engine, "{#for s in missingScene}{s.title}{/for}"));
            assertThrows(TemplateException.class, () -> render(engine, "{#for s in scenes}{nothing}{/for}"));
        }
    }

    @Test
    void findsTheNamesWithoutQutesOwnResolverForThem() {
        Engine engine = Engine.builder().addDefaultSectionHelpers().addValueResolver(new ReflectionValueResolver())
                .strictRendering(true).addValueResolver(new OuterNames()).build();
        assertEquals("Victor Serge:Orenburg;Victor Serge:Brussels;",
                render(engine, "{#for s in scenes}{#let f=film}{f}:{s.title};{/let}{/for}"));
    }

    private void assertSame(String template, String expected) {
        for (Engine engine : engines()) {
            assertEquals(expected, render(engine, template), template);
        }
    }

    /** With its data given name by name, as a type-safe template's is. */
    private String render(Engine engine, String template) {
        TemplateInstance page = engine.parse(template).instance();
        data.forEach(page::data);
        return page.render();
    }

    private static List<Engine> engines() {
        return List.of(engine(false), engine(true));
    }

    private static Engine engine(boolean outerNames) {
        EngineBuilder builder = Engine.builder().addDefaults().addValueResolver(new ReflectionValueResolver())
                .strictRendering(true)
                .addSectionHelper(new UserTagSectionHelper.Factory("card", "card"));
        if (outerNames) {
            new OuterNames().register(builder);
        }
        Engine engine = builder.build();
        engine.putTemplate("card", engine.parse("{scene.title},{film ?: ''}"));
        engine.putTemplate("part", engine.parse("{film} / {scene.title}"));
        return engine;
    }
}
