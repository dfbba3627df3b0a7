package org.chalkpress.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import org.chalkpress.platform.InvalidInputException;
import org.chalkpress.platform.web.FacesFeedback;

/** Puts service errors beside the fields they concern, and notices at the top of the page. */
public final class FacesFeedback {

    private FacesFeedback() {
    }

    public static void fieldErrors(InvalidInputException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Map.Entry<String, String> error : e.fieldErrors().entrySet()) {
            faces.addMessage(error.getKey(), new FacesMessage(FacesMessage.SEVERITY_ERROR, error.getValue(), null));
        }
        faces.validationFailed();
    }

    public static void info(String message) {
        add(FacesMessage.SEVERITY_INFO, message);
    }

    public static void warn(String message) {
        add(FacesMessage.SEVERITY_WARN, message);
    }

    public static void error(String message) {
        add(FacesMessage.SEVERITY_ERROR, message);
    }

    /**
     * Answers 404 and stops rendering: what the viewer may not see looks exactly like what does not exist.
     */
    public static void notFound() throws java.io.IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, "Not found");
        faces.responseComplete();
    }

    /** A notice that survives the redirect after a successful action. */
    public static void flash(String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        info(message);
    }

    private static void add(FacesMessage.Severity severity, String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, message, null));
    }
}
