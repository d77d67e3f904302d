package witness;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every text an item stores in a column of limited length is checked against that length before the database sees
 * it (Bean Validation's {@code @Size}, which the editors run on a checked copy and Hibernate runs again before a
 * write): too long a text is a 422 naming its field and its limit, never the database's 500.
 */
class ColumnLimitsTest {

    @Test
    void everyLimitedTextColumnHasItsSizeChecked() {
        List<String> unchecked = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("witness")) {
            Class<?> item = type.reflect();
            if (!item.isAnnotationPresent(Entity.class) && !item.isAnnotationPresent(Embeddable.class)) {
                continue;
            }
            for (Field field : item.getDeclaredFields()) {
                Column column = field.getAnnotation(Column.class);
                if (field.getType() != String.class || column == null || column.columnDefinition().length() > 0) {
                    continue;
                }
                Size size = field.getAnnotation(Size.class);
                if (size == null || size.max() > column.length()) {
                    unchecked.add(item.getSimpleName() + "." + field.getName() + " (" + column.length() + ")");
                }
            }
        }
        assertThat(unchecked).as("texts stored in a limited column without a @Size(max) within it").isEmpty();
    }
}
