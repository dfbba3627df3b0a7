package org.chalkpress.people.roster.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chalkpress.people.CurrentViewer;
import org.chalkpress.people.roster.OneRosterReader;
import org.chalkpress.people.roster.RosterImport;
import org.chalkpress.people.roster.RosterImportException;
import org.chalkpress.people.roster.RosterProblem;
import org.chalkpress.people.roster.RosterSnapshot;
import org.chalkpress.platform.web.FacesFeedback;

/** Roster import (admin/roster.xhtml): a OneRoster zip or its CSV files. */
@Named
@RequestScoped
public class RosterImportBean {

    @Inject
    RosterImport rosterImport;

    @Inject
    CurrentViewer currentViewer;

    private List<Part> files;
    private RosterImport.Summary summary;
    private List<RosterProblem> problems = List.of();

    public void upload() throws IOException {
        if (files == null || files.isEmpty() || files.get(0).getSize() == 0) {
            FacesFeedback.error("Choose the roster zip, or orgs.csv, users.csv, classes.csv and enrollments.csv.");
            return;
        }
        try {
            OneRosterReader reader = new OneRosterReader();
            RosterSnapshot snapshot;
            if (files.size() == 1 && files.get(0).getSubmittedFileName().toLowerCase().endsWith(".zip")) {
                try (InputStream in = files.get(0).getInputStream()) {
                    snapshot = reader.readZip(in.readAllBytes());
                }
            } else {
                Map<String, byte[]> byName = new LinkedHashMap<>();
                for (Part part : files) {
                    try (InputStream in = part.getInputStream()) {
                        byName.put(part.getSubmittedFileName(), in.readAllBytes());
                    }
                }
                snapshot = reader.readFiles(byName);
            }
            summary = rosterImport.apply(currentViewer.viewer(), snapshot);
            FacesFeedback.info(summary.changedNothing() ? "Imported: nothing had changed since the last import."
                    : "Imported.");
        } catch (org.chalkpress.people.NotAllowedException e) {
            FacesFeedback.error(e.getMessage());
        } catch (RosterImportException e) {
            problems = e.report().problems();
            FacesFeedback.error("Nothing was imported: " + e.report().totalProblems()
                    + " problem(s) below need fixing in the export.");
        }
    }

    public List<Part> getFiles() { return files; }
    public void setFiles(List<Part> files) { this.files = files; }
    public RosterImport.Summary getSummary() { return summary; }
    public List<RosterProblem> getProblems() { return problems; }
}
