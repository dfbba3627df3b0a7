package org.chalkpress.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import org.chalkpress.platform.InvalidInputException;

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
