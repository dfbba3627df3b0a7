package org.chalkpress.testing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.chalkpress.people.Account;
import org.chalkpress.people.Accounts;
import org.chalkpress.people.ApplicationPasswords;

/**
 * Test deployments only: issues an application password for a demo account, so that API tests running
 * outside the container can call the API as that person. (Never part of the application's war.)
 */
@WebServlet("/testing/application-password")
public class ApplicationPasswordForTests extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    @Inject
    ApplicationPasswords passwords;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Account account = accounts.byUsername(request.getParameter("username")).orElse(null);
        if (account == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(passwords.issue(account, "container test").clearText());
    }
}
