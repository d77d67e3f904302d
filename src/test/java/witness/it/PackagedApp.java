package witness.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * A test of the packaged app (target/quarkus-app) run as a real process: the "packaged" group. Such a test
 * mostly waits on the processes it starts, so it runs beside the @QuarkusTest classes (on the second thread
 * of the test run, see pom.xml), one packaged-app test class at a time.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("packaged")
@Execution(ExecutionMode.CONCURRENT)
public @interface PackagedApp {
}
