package org.ctios.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ctios.simulator.acd.AcdEvent;
import org.ctios.simulator.acd.AcdEventListener;

/**
 * Keeps a file ahead of the ids the switch gives its calls, so that a simulator started again with the same file
 * numbers its calls after every id an earlier run gave, even one that was killed: the demo's history then never holds
 * two calls with one id. The file holds the first id no run has given; it is moved on a block of ids at a time,
 * before the calls reach that far, so it is written rarely and never behind. A restart skips the rest of the block.
 */
public final class CallIdReservation implements AcdEventListener {

    private static final Logger LOG = Logger.getLogger(CallIdReservation.class.getName());
    /** Ids reserved at a time; the file moves on when the calls are half-way through a block. */
    static final long BLOCK = 10_000;

    private final Path file;
    private long reservedUpTo;

    private CallIdReservation(Path file, long reservedUpTo) {
        this.file = file;
        this.reservedUpTo = reservedUpTo;
    }

    /**
     * The first id an earlier run left free, from the file.
     *
     * @return 0 when there is no file yet
     * @throws IllegalArgumentException when the file holds anything but one positive number
     */
    public static long firstFreeId(Path file) {
        String content;
        try {
            content = Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (NoSuchFileException e) {
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the call id file " + file, e);
        }
        try {
            long id = Long.parseLong(content);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("the call id file " + file + " holds '" + content
                + "', not the next call id; remove it to number calls from the start again");
    }

    /** Reserves the block that begins at {@code firstCallId} in the file, before any call is numbered. */
    public static CallIdReservation reserveFrom(Path file, long firstCallId) {
        CallIdReservation reservation = new CallIdReservation(file, firstCallId);
        try {
            reservation.reserve(firstCallId + BLOCK);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the call id file " + file, e);
        }
        return reservation;
    }

    /** The first id the file leaves free: every call numbered so far has a lower one. */
    public synchronized long reservedUpTo() {
        return reservedUpTo;
    }

    @Override
    public synchronized void onEvents(List<AcdEvent> events) {
        long highest = 0;
        for (AcdEvent event : events) {
            if (event instanceof AcdEvent.CallEvent call) {
                highest = Math.max(highest, call.call().callId());
            }
        }
        if (highest >= reservedUpTo - BLOCK / 2) {
            try {
                reserve(highest + BLOCK);
            } catch (IOException e) {
                // the calls go on; a later run may give some of these ids again
                LOG.log(Level.SEVERE, "cannot reserve call ids up to " + (highest + BLOCK) + " in " + file, e);
            }
        }
    }

    private void reserve(long upTo) throws IOException {
        Path written = file.resolveSibling(file.getFileName() + ".new");
        Files.writeString(written, upTo + "\n", StandardCharsets.US_ASCII);
        try {
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING);
        }
        reservedUpTo = upTo;
    }
}
