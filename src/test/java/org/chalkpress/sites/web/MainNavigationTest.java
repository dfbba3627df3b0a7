package org.chalkpress.sites.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chalkpress.people.Account;
import org.chalkpress.people.Role;
import org.chalkpress.people.Viewer;
import org.junit.jupiter.api.Test;

class MainNavigationTest {

    private static List<String> labels(Viewer viewer) {
        return MainNavigation.linksFor(viewer).stream().map(MainNavigation.Link::label).toList();
    }

    @Test
    void eachRoleSeesItsOwnPlaces() {
        assertEquals(List.of("Social media policy", "Sign in"), labels(Viewer.anonymous()));
        assertEquals(List.of("Social media policy", "Ana Rivera", "Sign out"),
                labels(Viewer.of(new Account("parent.maya.rivera", "Ana", "Rivera", Role.PARENT))));
        assertEquals(List.of("My posts", "Podcast", "Comments", "Social media policy", "Rebecca Hill", "Sign out"),
                labels(Viewer.of(new Account("ms.hill", "Rebecca", "Hill", Role.TEACHER))));
        assertTrue(labels(Viewer.of(new Account("comms", "Dana", "Okafor", Role.COMMUNICATIONS)))
                .containsAll(List.of("My posts", "Comments", "Sites", "Audit log", "Reports of concern")));
    }
}
