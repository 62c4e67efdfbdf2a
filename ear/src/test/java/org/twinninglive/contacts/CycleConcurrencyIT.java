package org.twinninglive.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinninglive.support.TestServers.API;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinninglive.support.Http;
import org.twinninglive.support.People.Person;
import org.twinninglive.support.People;

/**
 * People who act on each other in a cycle at the same moment (alice follows bob, bob follows
 * chiara, …, dana follows alice) never meet a deadlock: each action locks only its author's
 * row for that author's own actions, and that lock no longer blocks the foreign-key check of
 * someone else's action pointing at the row (FOR NO KEY UPDATE on PostgreSQL). A 409 is left
 * only for a real conflict, which a cycle of distinct actions never is.
 */
@ExtendWith(ArquillianExtension.class)
class CycleConcurrencyIT {

    private static final int PEOPLE = 4;
    private static final int ROUNDS = 12;

    @Test
    void aCycleOfFollowsStartedTogetherAlwaysSucceeds() throws Exception {
        var cycle = cycle();

        for (int round = 0; round < ROUNDS; round++) {
            var follows = together(cycle, (me, next) -> People.follow(me.token(), next.id()));
            assertThat(follows).as("round %d", round).extracting(Http.Answer::status).containsOnly(204);
            var unfollows = together(cycle, (me, next) -> People.unfollow(me.token(), next.id()));
            assertThat(unfollows).as("round %d", round).extracting(Http.Answer::status).containsOnly(204);
        }
    }

    @Test
    void aCycleOfContactRequestsAndFollowsStartedTogetherAlwaysSucceeds() throws Exception {
        for (int round = 0; round < ROUNDS / 3; round++) {
            var cycle = cycle();

            // everyone asks the next one and follows the one before, at the same moment
            var answers = together(cycle, (me, next) -> People.invite(me.token(), next.id()));
            var follows = together(cycle, (me, next) -> People.follow(next.token(), me.id()));

            assertThat(answers).as(answers.toString()).extracting(Http.Answer::status).containsOnly(201);
            assertThat(follows).as(follows.toString()).extracting(Http.Answer::status).containsOnly(204);
            for (int i = 0; i < PEOPLE; i++) {
                var incoming = Http.get(API + "/v1/contacts/requests?direction=incoming", cycle.get(i).token()).json();
                assertThat(People.list(incoming.get("items"))).as("one request waits for each")
                        .extracting(r -> r.at("/from/id").asText())
                        .containsExactly(cycle.get((i + PEOPLE - 1) % PEOPLE).id());
            }
        }
    }

    private interface Action {
        Http.Answer of(Person me, Person next);
    }

    private static List<Person> cycle() {
        var people = new ArrayList<Person>();
        for (int i = 0; i < PEOPLE; i++) {
            people.add(People.teacher("Cyc" + (char) ('a' + i), "IT"));
        }
        return people;
    }

    /** Each person of the cycle acts on the next one, all released at once. */
    private static List<Http.Answer> together(List<Person> cycle, Action action) throws Exception {
        var start = new CyclicBarrier(cycle.size());
        var calls = new ArrayList<Callable<Http.Answer>>();
        for (int i = 0; i < cycle.size(); i++) {
            var me = cycle.get(i);
            var next = cycle.get((i + 1) % cycle.size());
            calls.add(() -> {
                start.await();
                return action.of(me, next);
            });
        }
        var answers = new ArrayList<Http.Answer>();
        try (var pool = Executors.newFixedThreadPool(cycle.size())) {
            for (Future<Http.Answer> answer : pool.invokeAll(calls)) {
                answers.add(answer.get());
            }
        }
        return answers;
    }
}
