package io.restorekit.reference.engine;

/** A request the API refuses: the HTTP status, Alibaba Cloud's error code and a message naming the offending parameter. */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    /** HTTP 400 {@code InvalidParameter}: "The specified parameter NAME is not valid: REASON". */
    public static ApiException invalidParameter(String parameter, String reason) {
        return new ApiException(400, "InvalidParameter",
                "The specified parameter " + parameter + " is not valid: " + reason);
    }

    /** HTTP 404 {@code InvalidAction.NotFound}: no API with this Action and Version. */
    public static ApiException actionNotFound(String action, String version) {
        return new ApiException(404, "InvalidAction.NotFound",
                "Specified api is not found, please check your url and method. (Action=" + action
                        + ", Version=" + version + ")");
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
