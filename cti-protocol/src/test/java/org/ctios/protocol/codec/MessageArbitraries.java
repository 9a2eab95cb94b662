package org.ctios.protocol.codec;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.ctios.protocol.message.statistics.AgentStatistic;
import org.ctios.protocol.message.statistics.AgentStatistics;
import org.ctios.protocol.message.statistics.SkillGroupStatistic;
import org.ctios.protocol.message.statistics.SkillGroupStatistics;
import org.ctios.protocol.types.ByteString;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.NamedArray;
import org.ctios.protocol.types.NamedVariable;

/**
 * Random messages of any record type, built from the record's components: every value is one the protocol can
 * carry in any field of that Java type (numbers within the narrowest wire width, strings within the shortest
 * maximum), so the codec must round-trip all of them. Entries of repeated groups always have their leading member,
 * as a real server sends them (without it, consecutive entries cannot be told apart on the wire).
 */
final class MessageArbitraries {

    /** Shortest STRING maximum of any field (AgentID, 12 with the NUL), unless named below. */
    private static final int DEFAULT_STRING_LENGTH = 11;
    /** Fields whose maximum is shorter than the default, by record component name. */
    private static final Map<String, Integer> SHORT_STRINGS = Map.of("aniIi", 1, "callControlTable", 3);

    private MessageArbitraries() {
    }

    static <R extends Record> Arbitrary<R> of(Class<R> recordType) {
        return recordOf(recordType, false);
    }

    private static <R> Arbitrary<R> recordOf(Class<R> recordType, boolean leadingMemberRequired) {
        RecordComponent[] components = recordType.getRecordComponents();
        List<Arbitrary<Object>> values = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            boolean required = leadingMemberRequired && i == 0;
            values.add(valueOf(components[i].getName(), components[i].getGenericType(), required));
        }
        Constructor<R> constructor = canonicalConstructor(recordType, components);
        return Combinators.combine(values).as(arguments -> construct(constructor, arguments));
    }

    @SuppressWarnings("unchecked")
    private static Arbitrary<Object> valueOf(String name, Type type, boolean required) {
        Arbitrary<?> value = valueOf(name, type);
        boolean nullable = !(type instanceof Class<?> c && c.isPrimitive()) && !isList(type)
                && type != SkillGroupStatistics.class && type != AgentStatistics.class;
        if (!required && nullable) {
            value = value.injectNull(0.3);
        }
        return (Arbitrary<Object>) value;
    }

    private static Arbitrary<?> valueOf(String name, Type type) {
        if (type == long.class || type == Long.class) {
            return Arbitraries.longs().between(0, 0xFFFF_FFFFL).edgeCases(e -> e.add(0xFFFF_FFFFL));
        }
        if (type == int.class || type == Integer.class) {
            return Arbitraries.integers().between(0, 255);
        }
        if (type == boolean.class || type == Boolean.class) {
            return Arbitraries.of(true, false);
        }
        if (type == String.class) {
            return strings(SHORT_STRINGS.getOrDefault(name, DEFAULT_STRING_LENGTH));
        }
        if (type == ByteString.class) {
            return Arbitraries.bytes().array(byte[].class).ofMaxSize(32).map(ByteString::of);
        }
        if (type == SkillGroupStatistics.class) {
            return Arbitraries.longs().between(0, 0xFFFF_FFFFL).array(long[].class)
                    .ofSize(SkillGroupStatistic.values().length).map(SkillGroupStatistics::ofWireOrder);
        }
        if (type == AgentStatistics.class) {
            return Arbitraries.longs().between(0, 0xFFFF_FFFFL).array(long[].class)
                    .ofSize(2 * AgentStatistic.values().length).map(AgentStatistics::ofWireOrder);
        }
        if (type == CallVariables.class) {
            return strings(CallVariables.MAX_LENGTH).injectNull(0.5).array(String[].class).ofSize(10)
                    .map(CallVariables::of);
        }
        if (type == NamedVariable.class) {
            return Combinators.combine(strings(NamedVariable.MAX_NAME_LENGTH), strings(40)).as(NamedVariable::new);
        }
        if (type == NamedArray.class) {
            return Combinators.combine(Arbitraries.integers().between(0, 255),
                    strings(NamedVariable.MAX_NAME_LENGTH), strings(40)).as(NamedArray::new);
        }
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            Type element = list.getActualTypeArguments()[0];
            return elementsOf(name, element).list().ofMaxSize(3);
        }
        if (type instanceof Class<?> recordType && recordType.isRecord()) {
            return recordOf(recordType, true);
        }
        throw new IllegalArgumentException("no generator for " + type + " (" + name + ")");
    }

    private static Arbitrary<?> elementsOf(String name, Type element) {
        if (element == Integer.class) {
            return Arbitraries.integers().between(0, 0xFFFF);
        }
        if (element == NamedVariable.class || element == NamedArray.class) {
            return valueOf(name, element);
        }
        if (element instanceof Class<?> recordType && recordType.isRecord()) {
            return recordOf(recordType, true);
        }
        return valueOf(name, element);
    }

    private static boolean isList(Type type) {
        return type instanceof ParameterizedType p && p.getRawType() == List.class;
    }

    private static Arbitrary<String> strings(int maxLength) {
        return Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(maxLength);
    }

    private static <R> Constructor<R> canonicalConstructor(Class<R> type, RecordComponent[] components) {
        try {
            return type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type + " has no canonical constructor", e);
        }
    }

    private static <R> R construct(Constructor<R> constructor, List<Object> arguments) {
        try {
            return constructor.newInstance(arguments.toArray());
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot build " + constructor.getDeclaringClass().getSimpleName(), e);
        }
    }
}
