package org.ctios.examples.crmbridge;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The last screen pops, most recent first, at most {@link #CAPACITY}: a CRM keeps what it needs in its own store;
 * this example only shows them, and an unbounded list would grow with every call of the day.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ScreenPops {

    static final int CAPACITY = 100;

    private final Deque<ScreenPop> pops = new ArrayDeque<>();

    public synchronized void add(ScreenPop pop) {
        pops.addFirst(pop);
        while (pops.size() > CAPACITY) {
            pops.removeLast();
        }
    }

    public synchronized List<ScreenPop> mostRecentFirst() {
        return new ArrayList<>(pops);
    }
}
