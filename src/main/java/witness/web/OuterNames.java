package witness.web;

import io.quarkus.qute.CompletedStage;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.EvalContext;
import io.quarkus.qute.Mapper;
import io.quarkus.qute.ResolutionContext;
import io.quarkus.qute.Results;
import io.quarkus.qute.ValueResolver;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * Finds the first name of an expression — a loop's item, a tag's parameter, a template's data — level by level up
 * the template's scopes, as Qute does, but by asking each level's own names only.
 *
 * <p>Qute, for a name not defined at the innermost level (a page's {@code film} inside a loop, a layout or a tag),
 * asks every one of the app's two hundred value resolvers at each enclosing level whether it applies, and caches
 * none of those answers: that search was two fifths of a rendered page's time. This resolver, asked first, looks
 * the name up in the levels whose data is a set of names (loops, tags, includes, {@code let}, the template's data)
 * and answers what the nearest level defines. At a level holding anything else (a {@code with} object) or where no
 * level defines the name, it answers "not found" and Qute searches its usual way, so what a page shows is the same.
 */
@Singleton
public class OuterNames implements ValueResolver {

    /**
     * Names Qute answers for a level's data itself when the level does not define them (the data, and resolvers
     * that apply to any object): left to Qute, which would not look further out for them.
     */
    private static final Set<String> ANY_OBJECTS = Set.of("this", "raw", "safe", "orEmpty", "mappedKeys");

    /** The evaluation context of an expression's first part; its later parts come in a subclass. */
    private static final Class<?> FIRST_PART = firstPart();

    void register(@Observes EngineBuilder engine) {
        engine.addValueResolver(this);
    }

    @Override
    public int getPriority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public boolean appliesTo(EvalContext context) {
        if (context.getClass() != FIRST_PART) {
            return false;
        }
        Object base = context.getBase();
        return (base == null || base instanceof Mapper) && base == context.resolutionContext().getData()
                && context.getParams().isEmpty() && !ANY_OBJECTS.contains(context.getName());
    }

    @Override
    public CompletionStage<Object> resolve(EvalContext context) {
        return lookUp(context.resolutionContext(), context.getName());
    }

    private static CompletionStage<Object> lookUp(ResolutionContext level, String name) {
        for (; level != null; level = level.getParent()) {
            Object data = level.getData();
            if (data == null) {
                continue;
            }
            if (!(data instanceof Mapper names)) {
                return Results.notFound(name);
            }
            if (names.appliesTo(name)) {
                CompletionStage<Object> value = names.getAsync(name);
                if (!(value instanceof CompletedStage<Object> done) || done.isFailure()) {
                    ResolutionContext parent = level.getParent();
                    return value.thenCompose(found -> Results.isNotFound(found) ? lookUp(parent, name)
                            : CompletedStage.of(found));
                }
                if (!Results.isNotFound(done.get())) {
                    return done;
                }
            }
        }
        return Results.notFound(name);
    }

    private static Class<?> firstPart() {
        try {
            return Class.forName("io.quarkus.qute.EvaluatorImpl$EvalContextImpl", false,
                    EvalContext.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Qute's evaluation context moved: see " + OuterNames.class, e);
        }
    }
}
