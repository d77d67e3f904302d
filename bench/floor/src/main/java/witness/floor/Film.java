package witness.floor;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;

@Entity
public class Film extends PanacheEntity {
    public String title;
}
