package org.twinninglive.platform;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one translation of failures into problem responses. Domain refusals keep their message;
 * a database outage is a 503 with Retry-After (nothing was changed); anything unexpected
 * becomes a 500 with an incident id that is also in the server log, so support can find it,
 * and never a stack trace.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        var problem = problemFor(failure);
        var response = problem.toResponse();
        // a 503 (a database outage) says when to try again
        if (problem.status() == 503) {
            return Response.fromResponse(response).header("Retry-After", Outages.RETRY_AFTER_SECONDS).build();
        }
        // a 405 says which methods the address takes
        if (failure instanceof NotAllowedException notAllowed && notAllowed.getResponse().getAllowedMethods() != null
                && !notAllowed.getResponse().getAllowedMethods().isEmpty()) {
            return Response.fromResponse(response)
                    .header("Allow", String.join(", ", notAllowed.getResponse().getAllowedMethods())).build();
        }
        return response;
    }

    Problem problemFor(Throwable failure) {
        // first: an outage also fails whatever the request was about to refuse or race for
        var outage = Outages.evidence(failure);
        if (outage.isPresent()) {
            LOG.warning(() -> "Database unavailable, answered 503: " + outage.get());
            return Problem.of(503, "The service is briefly unavailable (its database does not answer);"
                    + " nothing was changed. Try again in a few seconds.");
        }
        if (concurrentChange(failure)) {
            return Problem.of(409, "Someone changed this at the same moment; please try again.");
        }
        if (failure instanceof EJBException ejb && ejb.getCause() != null && !(failure instanceof EJBAccessException)) {
            return problemFor(ejb.getCause());
        }
        // a refusal raised while the container reads the request (JsonBodyReader), wrapped by RESTEasy
        if (!(failure instanceof TwinningException) && (failure.getCause() instanceof TwinningException
                || failure.getCause() instanceof RequestLimitsFilter.BodyTooLargeException)) {
            return problemFor(failure.getCause());
        }
        return switch (failure) {
            case InvalidInputException invalid -> Problem.ofField(invalid.field(), invalid.getMessage());
            case NotFoundException notFound -> Problem.of(404, "There is no resource at this address.");
            case org.twinninglive.platform.NotFoundException notFound -> Problem.of(404, notFound.getMessage());
            case ForbiddenException forbidden -> Problem.of(403, forbidden.getMessage());
            case org.twinninglive.platform.UnavailableException unavailable -> unavailable.type()
                    .map(type -> new Problem(type, Problem.title(503), 503, unavailable.getMessage(), null))
                    .orElseGet(() -> Problem.of(503, unavailable.getMessage()));
            case EJBAccessException denied -> Problem.of(403, "Your account may not do this.");
            case ConflictException conflict -> conflict.type()
                    .map(type -> new Problem(type, Problem.title(409), 409, conflict.getMessage(), null))
                    .orElseGet(() -> Problem.of(409, conflict.getMessage()));
            case RequestLimitsFilter.BodyTooLargeException tooLarge -> RequestLimitsFilter.tooLarge();
            case NotAuthorizedException unauthorized -> Problem.of(401, "Send a valid bearer token.");
            case NotAllowedException notAllowed -> Problem.of(405, "This method is not allowed here.");
            case WebApplicationException web when web.getResponse().getStatus() < 500 ->
                    clientProblem(web.getResponse().getStatus(), web);
            case JsonbException badJson -> Problem.of(400, "The request body is not valid JSON of the expected shape.");
            case ProcessingException processing when processing.getCause() instanceof JsonbException ->
                    Problem.of(400, "The request body is not valid JSON of the expected shape.");
            default -> unexpected(failure);
        };
    }

    /** A change that lost a race with another (at the statement or at commit, however wrapped). */
    private static boolean concurrentChange(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof jakarta.persistence.OptimisticLockException
                    || cause instanceof jakarta.persistence.PessimisticLockException
                    || cause instanceof jakarta.persistence.LockTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static Problem clientProblem(int status, WebApplicationException web) {
        if (status == 400) {
            return Problem.of(400, "The request could not be read: check its JSON and parameter types.");
        }
        if (status == 415) {
            return unsupportedMediaType();
        }
        if (status == 406) {
            return Problem.of(406, "This resource answers application/json.");
        }
        return Problem.of(status, Problem.title(status));
    }

    /** A body of a media type the address does not take, whether RESTEasy or the container says so. */
    static Problem unsupportedMediaType() {
        return Problem.of(415, "This body's media type is not accepted here: JSON bodies are application/json,"
                + " photos image/jpeg, image/png or image/webp.");
    }

    private static Problem unexpected(Throwable failure) {
        var incident = UUID.randomUUID();
        LOG.log(Level.SEVERE, failure, () -> "Incident " + incident);
        return Problem.of(500, "Something went wrong on our side (incident " + incident + "). Please try again later.");
    }
}
