package witness.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The responses that the JSON API's writes share, written here once for the OpenAPI document instead of on each
 * endpoint (it runs once, when the app is built: the document needs nothing known only at run time). A JSON body is
 * read as an input and refused field by field (422); a PUT replaces an item against the version its caller read
 * (409); so does a DELETE that takes the version (409, and 422 when none is sent). A response an endpoint describes
 * itself is kept as it is.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class SharedApiResponses implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach(SharedApiResponses::addShared);
            }
        });
    }

    private static void addShared(PathItem.HttpMethod method, Operation operation) {
        if (method == PathItem.HttpMethod.PUT) {
            add(operation, "409", "The version sent is not the current one; nothing was saved");
        }
        if (readsJson(operation)) {
            add(operation, "422", "Invalid fields, each with its message");
        }
        if (method == PathItem.HttpMethod.DELETE && takesVersion(operation)) {
            add(operation, "409", "The version sent is not the current one; nothing was deleted");
            add(operation, "422", "No version sent");
        }
    }

    private static boolean readsJson(Operation operation) {
        return operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().hasMediaType("application/json");
    }

    private static boolean takesVersion(Operation operation) {
        List<Parameter> parameters = operation.getParameters();
        return parameters != null && parameters.stream()
                .anyMatch(p -> p.getIn() == Parameter.In.QUERY && "version".equals(p.getName()));
    }

    private static void add(Operation operation, String code, String description) {
        if (!operation.getResponses().hasAPIResponse(code)) {
            operation.getResponses().addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }
}
