package org.ctios.it.beside;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ctios.server.events.CallDeliveredNotice;

/**
 * What the tests read from inside the server (deployed with the tests only): what the observer saw, and the event
 * streams' count and the JVM's threads and heap. The streams' owner is a class of the WAR, which this module does
 * not compile against, so it is looked up by name and asked through its public methods.
 */
@Path("test")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class TestProbeResource {

    @Inject
    private ScreenPopRecorder recorder;

    @GET
    @Path("screen-pops")
    public List<CallDeliveredNotice> screenPops() {
        return recorder.observed();
    }

    @GET
    @Path("event-streams")
    public Map<String, Object> eventStreams() throws ReflectiveOperationException {
        Class<?> owner = Class.forName("org.ctios.web.events.EventStreams");
        Object streams = CDI.current().select(owner).get();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("activeStreams", owner.getMethod("activeStreams").invoke(streams));
        figures.put("lastEventId", owner.getMethod("lastEventId").invoke(streams));
        figures.put("threads", ManagementFactory.getThreadMXBean().getThreadCount());
        Runtime runtime = Runtime.getRuntime();
        figures.put("heapUsedBytes", runtime.totalMemory() - runtime.freeMemory());
        return figures;
    }
}
