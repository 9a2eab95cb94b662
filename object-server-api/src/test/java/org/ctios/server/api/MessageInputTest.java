package org.ctios.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ctios.server.api.view.MessageAudience;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a user message's text and audience must be before it goes to the CTI Server. */
class MessageInputTest {

    private static MessageInput toTeam(String text) {
        return new MessageInput("supervisor1", null, MessageAudience.TEAM, null, 1, text);
    }

    @Test
    void aTextOfTwoHundredAndFiftyFourLatinOneCharactersIsSent() {
        assertThat(toTeam("é".repeat(254)).text()).hasSize(254);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "line one\nline two", "tab\there", "bell\u0007", "del\u007f", "next\u0085"})
    void emptyTextsAndControlCharactersAreRefused(String text) {
        assertThatThrownBy(() -> toTeam(text)).isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("text");
    }

    @Test
    void tooLongATextAndCharactersTheProtocolCannotCarryAreRefusedWithTheReason() {
        assertThatThrownBy(() -> toTeam("x".repeat(255))).isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("255 characters").hasMessageContaining("254");
        assertThatThrownBy(() -> toTeam("price in €")).isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("ISO-8859-1");
        assertThatThrownBy(() -> toTeam(null)).isInstanceOf(InvalidMessageException.class);
    }

    @Test
    void eachAudienceNeedsWhomItNames() {
        assertThatThrownBy(() -> new MessageInput("supervisor1", null, MessageAudience.AGENT, null, null, "hi"))
                .hasMessageContaining("agentId");
        assertThatThrownBy(() -> new MessageInput("1001", "1001", MessageAudience.SUPERVISORS, null, null, "hi"))
                .hasMessageContaining("teamId");
        assertThatThrownBy(() -> new MessageInput("admin", null, null, null, null, "hi"))
                .hasMessageContaining("to is required");
        assertThat(new MessageInput("admin", null, MessageAudience.EVERYONE, null, null, "hi").to())
                .isEqualTo(MessageAudience.EVERYONE);
    }
}
