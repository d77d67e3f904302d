package witness.backup;

import io.quarkus.arc.Arc;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import witness.security.Role;
import witness.security.WitnessUser;
import witness.testing.As;

/**
 * Makes the test app's database what a new installation holds on its first start with an empty dossier folder: no
 * rows but the first producer, sequences at their start, and no ids in hand in Hibernate.
 */
final class NewInstallation {
    /** The same as the tests' first producer, so that a test of the same app after this one logs in as admin. */
    static final String ADMIN_PASSWORD = As.ADMIN_PASSWORD;

    private NewInstallation() {
    }

    static void make() throws SQLException {
        DataSource dataSource = Arc.container().instance(DataSource.class).get();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            Schema schema = Schema.of(connection);
            List<Table> reversed = new ArrayList<>(schema.tables);
            Collections.reverse(reversed);
            for (Table table : reversed) {
                statement.executeUpdate("delete from " + schema.quoted(table.sqlName()));
            }
            for (Schema.Sequence sequence : schema.sequences) {
                statement.execute("alter sequence " + schema.quoted(sequence.sqlName()) + " restart with 1");
            }
        }
        Arc.container().instance(IdPools.class).get().forget();
        QuarkusTransaction.requiringNew().run(() -> {
            WitnessUser admin = new WitnessUser();
            admin.username = "admin";
            admin.passwordHash = BcryptUtil.bcryptHash(ADMIN_PASSWORD);
            admin.role = Role.PRODUCER;
            admin.persist();
        });
    }
}
