package org.chalkpress.consent.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.chalkpress.consent.ConsentImport;
import org.chalkpress.consent.ConsentImportException;
import org.chalkpress.consent.ImportProblem;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.people.NotAllowedException;
import org.chalkpress.platform.web.FacesFeedback;

/** Consent CSV import (admin/consent-import.xhtml), the same way as the roster import: all or nothing. */
@Named
@RequestScoped
public class ConsentImportBean {

    @Inject
    ConsentImport consentImport;

    @Inject
    CurrentViewer currentViewer;

    private Part file;
    private ConsentImport.Summary summary;
    private List<ImportProblem> problems = List.of();

    public void upload() throws IOException {
        if (file == null || file.getSize() == 0) {
            FacesFeedback.error("Choose the consent CSV file exported from your student information system.");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            summary = consentImport.apply(currentViewer.viewer().required(), in.readAllBytes());
            FacesFeedback.info(summary.changedNothing() ? "Imported: every line was already on file."
                    : "Imported.");
        } catch (NotAllowedException e) {
            FacesFeedback.error(e.getMessage());
        } catch (ConsentImportException e) {
            problems = e.problems();
            FacesFeedback.error("Nothing was imported: " + problems.size()
                    + " problem(s) below need fixing in the file.");
        }
    }

    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public ConsentImport.Summary getSummary() { return summary; }
    public List<ImportProblem> getProblems() { return problems; }
}
