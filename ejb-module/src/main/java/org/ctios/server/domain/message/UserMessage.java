package org.ctios.server.domain.message;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A text a supervisor or an agent sent, as the CTI Server distributed it: one row per message, whatever the number
 * of its recipients, who are found by its audience when it is read. Written once, never changed.
 */
@Entity
@Table(name = "user_message")
public class UserMessage {

    static final int SENDER_LENGTH = 64;
    static final int AGENT_LENGTH = 12;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "sender", length = SENDER_LENGTH, nullable = false)
    private String sender;

    @Column(name = "sender_agent_id", length = AGENT_LENGTH)
    private String senderAgentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "audience", length = 12, nullable = false)
    private Audience audience;

    @Column(name = "agent_id", length = AGENT_LENGTH)
    private String agentId;

    @Column(name = "team_id")
    private Integer teamId;

    @Column(name = "text", length = 254, nullable = false)
    private String text;

    protected UserMessage() {
        // for JPA
    }

    /**
     * @param agentId the agent it is for ({@link Audience#AGENT})
     * @param teamId  the team whose members or supervisors it is for ({@link Audience#TEAM},
     *                {@link Audience#SUPERVISORS})
     */
    public UserMessage(Instant sentAt, String sender, String senderAgentId, Audience audience, String agentId,
                       Integer teamId, String text) {
        this.sentAt = Objects.requireNonNull(sentAt, "sentAt");
        this.sender = shortened(Objects.requireNonNull(sender, "sender"), SENDER_LENGTH);
        this.senderAgentId = senderAgentId;
        this.audience = Objects.requireNonNull(audience, "audience");
        this.agentId = agentId;
        this.teamId = teamId;
        this.text = Objects.requireNonNull(text, "text");
        if (audience == Audience.AGENT && agentId == null
                || (audience == Audience.TEAM || audience == Audience.SUPERVISORS) && teamId == null) {
            throw new IllegalArgumentException(audience + " message without its agent or team");
        }
    }

    /** A sender's name from another CTI client is kept, shortened, rather than refused. */
    private static String shortened(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    public Long id() {
        return id;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public String sender() {
        return sender;
    }

    public String senderAgentId() {
        return senderAgentId;
    }

    public Audience audience() {
        return audience;
    }

    public String agentId() {
        return agentId;
    }

    public Integer teamId() {
        return teamId;
    }

    public String text() {
        return text;
    }
}
