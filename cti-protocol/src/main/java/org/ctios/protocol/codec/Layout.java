package org.ctios.protocol.codec;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.ProtocolException;
import org.ctios.protocol.ProtocolVersion;
import org.ctios.protocol.types.ByteString;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.NamedArray;
import org.ctios.protocol.types.NamedVariable;

/**
 * The layout of one message type, declared once: the fixed fields in wire order (their types give their offsets),
 * then the floating fields with their tags and maximum sizes, the call variables, the ECC variables and the repeated
 * groups, in the order they are written. The same layout decodes, encodes and checks sizes ({@link Builder}).
 *
 * <p>Each field is named after the record component it maps to, and the record's components are in the layout's
 * order: the layout checks both when it is built (a misplaced or misnamed field fails the class's initialisation,
 * not a message). Fields map to the record through functions, not reflection: the accessor of each component is
 * bound once, at build time, into a typed function ({@code ToLongFunction} for a UINT, so that encoding allocates
 * nothing), and the layout has one constructor function that takes the decoded {@link Values} in layout order:
 * {@code l()}, {@code i()}, {@code b()} and {@code o()} read the next value as a long, an int, a boolean or an object.
 *
 * <p>A layout made by {@link #entry} describes the entries of a repeated group: only floating fields. The members of
 * an entry arrive as consecutive fields; a member the current entry already has starts the next entry, so entries
 * with absent members are kept as they were sent.
 */
public final class Layout<T> {

    /** Most fields a layout may have: the size of the decoder's reused value slots. */
    static final int MAX_FIELDS = 64;
    private static final int CALL_VARIABLE_SIZE = CallVariables.MAX_LENGTH + 1;

    enum Kind {
        U32, INT, U16, BOOL, UCHAR, U32_ARRAY,
        STRING, UNSPEC, U32_FIELD, INT_FIELD, U16_FIELD, UCHAR_FIELD, U16_LIST,
        CALL_VARIABLES, NAMED_VARIABLES, NAMED_ARRAYS, GROUP;

        boolean fixed() {
            return ordinal() <= U32_ARRAY.ordinal();
        }
    }

    /**
     * One field: {@code max} is a floating field's size (NUL included) or an array's count; {@code extra} is a
     * group's entry layout or an array's conversion to its UINTs.
     */
    private record Field(String name, Kind kind, int tag, int max, Object get, String required,
                         Predicate<ProtocolVersion> when, Object extra) {
    }

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private final MessageType type;
    private final Class<T> recordType;
    private final Function<Values, T> create;
    private final RecordComponent[] components;
    private final Map<String, Integer> names = new HashMap<>();
    private Field[] fields = new Field[0];
    private byte[] slotByTag = new byte[0];
    private int[] finishing = new int[0];
    private int[] requiredSlots = new int[0];
    private int fixedCount;
    /** The fixed part's size, and per fixed field its size and the shift that takes it out of a 4-byte word. */
    private int fixedSize;
    private byte[] sizes = new byte[0];
    private byte[] shifts = new byte[0];
    /** False when a fixed field is an array or exists in some versions only: then fields are read one by one. */
    private boolean wordReadable = true;

    private Layout(MessageType type, Class<T> recordType, Function<Values, T> create) {
        this.type = type;
        this.recordType = recordType;
        this.create = create;
        this.components = recordType.getRecordComponents();
    }

    /** A message's layout; its fields follow. */
    static <T> Layout<T> of(MessageType type, Class<T> recordType, Function<Values, T> create) {
        return new Layout<>(type, recordType, create);
    }

    /** The layout of a repeated group's entry. */
    static <T> Layout<T> entry(Class<T> recordType, Function<Values, T> create) {
        return new Layout<>(null, recordType, create);
    }

    /** The many confirmations and requests whose whole body is one InvokeID. */
    static <T extends InvokedMessage> Layout<T> invokeIdOnly(MessageType type, Class<T> recordType,
                                                             LongFunction<T> create) {
        return of(type, recordType, v -> create.apply(v.l())).u32("invokeId");
    }

    MessageType type() {
        return type;
    }

    Class<T> recordType() {
        return recordType;
    }

    // ---- the declarations: fixed fields ----

    /** UINT, TIME, ULONG. */
    Layout<T> u32(String name) {
        return add(name, Kind.U32, 0, 0, null);
    }

    /** INT. */
    Layout<T> int32(String name) {
        return add(name, Kind.INT, 0, 0, null);
    }

    /** USHORT. */
    Layout<T> u16(String name) {
        return add(name, Kind.U16, 0, 0, null);
    }

    /** BOOL: a USHORT, any value other than 0 read as true. */
    Layout<T> bool(String name) {
        return add(name, Kind.BOOL, 0, 0, null);
    }

    /** UCHAR. */
    Layout<T> uchar(String name) {
        return add(name, Kind.UCHAR, 0, 0, null);
    }

    /** {@code count} consecutive UINTs, decoded as one array; {@code toWire} turns the component into them. */
    <V> Layout<T> u32s(String name, int count, Function<V, long[]> toWire) {
        return add(name, Kind.U32_ARRAY, 0, count, toWire);
    }

    /** Makes the last fixed field exist only in the versions {@code when} accepts; elsewhere it reads as 0. */
    Layout<T> since(Predicate<ProtocolVersion> when) {
        Field f = last();
        fields[fields.length - 1] = new Field(f.name, f.kind, f.tag, f.max, f.get, f.required, when, f.extra);
        wordReadable = false;
        return this;
    }

    // ---- floating fields ----

    /** A STRING of at most {@code maxSize} bytes, its NUL included. */
    Layout<T> string(String name, int tag, int maxSize) {
        return add(name, Kind.STRING, tag, maxSize, null);
    }

    /** UNSPEC bytes, at most {@code maxSize}. */
    Layout<T> unspec(String name, int tag, int maxSize) {
        return add(name, Kind.UNSPEC, tag, maxSize, null);
    }

    Layout<T> u32(String name, int tag) {
        return add(name, Kind.U32_FIELD, tag, 4, null);
    }

    Layout<T> int32(String name, int tag) {
        return add(name, Kind.INT_FIELD, tag, 4, null);
    }

    Layout<T> u16(String name, int tag) {
        return add(name, Kind.U16_FIELD, tag, 2, null);
    }

    Layout<T> uchar(String name, int tag) {
        return add(name, Kind.UCHAR_FIELD, tag, 1, null);
    }

    /** A field holding a list of USHORTs. */
    Layout<T> u16s(String name, int tag) {
        return add(name, Kind.U16_LIST, tag, 0, null);
    }

    /** CallVariable1 to CallVariable10 (tags 13 to 22), written in tag order. */
    Layout<T> callVariables(String name) {
        return add(name, Kind.CALL_VARIABLES, Tag.CALL_VARIABLE_1, CALL_VARIABLE_SIZE, null);
    }

    /** Every NamedVariable field (ECC variables), in order. */
    Layout<T> namedVariables(String name) {
        return add(name, Kind.NAMED_VARIABLES, Tag.NAMED_VARIABLE, 0, null);
    }

    /** Every NamedArray field (ECC array elements), in order. */
    Layout<T> namedArrays(String name) {
        return add(name, Kind.NAMED_ARRAYS, Tag.NAMED_ARRAY, 0, null);
    }

    /** A repeated group: each entry's members in the entry layout's order, entry after entry. */
    Layout<T> group(String name, Layout<?> entry) {
        return add(name, Kind.GROUP, -1, 0, entry);
    }

    /**
     * Makes the last floating field required: the decoder refuses a message without it and the encoder refuses to
     * send one, naming the field as the guide does ({@code guideName}).
     */
    Layout<T> required(String guideName) {
        Field f = last();
        fields[fields.length - 1] = new Field(f.name, f.kind, f.tag, f.max, f.get, guideName, f.when, f.extra);
        requiredSlots = append(requiredSlots, fields.length - 1);
        return this;
    }

    private Layout<T> add(String name, Kind kind, int tag, int max, Object extra) {
        int slot = fields.length;
        if (slot == MAX_FIELDS || kind.fixed() && (type == null || slot > 0 && !last().kind.fixed())) {
            throw new IllegalStateException(type + ": fixed fields come first, in a message, at most " + MAX_FIELDS);
        }
        if (slot >= components.length || !components[slot].getName().equals(name)) {
            throw new IllegalStateException(recordType.getSimpleName() + ": layout field " + slot + " is " + name
                    + ", the record's component " + (slot < components.length ? components[slot].getName() : "none"));
        }
        if (kind.fixed()) {
            int size = switch (kind) {
                case U32, INT -> 4;
                case U16, BOOL -> 2;
                case UCHAR -> 1;
                default -> 4 * max;
            };
            fixedCount++;
            fixedSize += size;
            sizes = Arrays.copyOf(sizes, fixedCount);
            shifts = Arrays.copyOf(shifts, fixedCount);
            sizes[slot] = (byte) size;
            shifts[slot] = (byte) (32 - 8 * Math.min(size, 4));
            wordReadable &= kind != Kind.U32_ARRAY;
        }
        fields = Arrays.copyOf(fields, slot + 1);
        fields[slot] = new Field(name, kind, tag, max, accessor(components[slot], kind), null, null, extra);
        names.put(name, slot);
        switch (kind) {
            case CALL_VARIABLES -> {
                for (int t = Tag.CALL_VARIABLE_1; t <= Tag.CALL_VARIABLE_10; t++) {
                    mapTag(t, slot);
                }
            }
            case GROUP -> {
                for (Field member : ((Layout<?>) extra).complete().fields) {
                    mapTag(member.tag, slot);
                }
            }
            default -> {
                if (!kind.fixed()) {
                    mapTag(tag, slot);
                }
            }
        }
        if (kind.ordinal() >= Kind.CALL_VARIABLES.ordinal()) {
            finishing = append(finishing, slot);
        }
        return this;
    }

    /**
     * The component's accessor as a typed function, made once here as the compiler makes a method reference: a
     * {@code ToLongFunction} for a UINT, a {@code ToIntFunction} for an INT, USHORT or UCHAR, a {@code Predicate}
     * for a BOOL, a {@code Function} for the others.
     */
    private static Object accessor(RecordComponent component, Kind kind) {
        Class<?> type = component.getType();
        Class<?> expected = switch (kind) {
            case U32 -> long.class;
            case INT, U16, UCHAR -> int.class;
            case BOOL -> boolean.class;
            case STRING -> String.class;
            case UNSPEC -> ByteString.class;
            case U32_FIELD -> Long.class;
            case INT_FIELD, U16_FIELD, UCHAR_FIELD -> Integer.class;
            case CALL_VARIABLES -> CallVariables.class;
            case NAMED_VARIABLES, NAMED_ARRAYS, GROUP, U16_LIST -> List.class;
            case U32_ARRAY -> type;
        };
        if (type != expected) {
            throw new IllegalStateException(component + " cannot hold a " + kind + " field");
        }
        String method = type == long.class ? "applyAsLong" : type == int.class ? "applyAsInt"
                : type == boolean.class ? "test" : "apply";
        Class<?> function = type == long.class ? ToLongFunction.class : type == int.class ? ToIntFunction.class
                : type == boolean.class ? Predicate.class : Function.class;
        Class<?> erased = type.isPrimitive() ? type : Object.class;
        try {
            MethodHandle target = LOOKUP.unreflect(component.getAccessor());
            return LambdaMetafactory.metafactory(LOOKUP, method, MethodType.methodType(function),
                    MethodType.methodType(erased, Object.class), target, target.type()).getTarget().invoke();
        } catch (Throwable e) {
            throw new IllegalStateException("no accessor for " + component, e);
        }
    }

    /** Checks that the layout maps every component of its record; the table calls it when it registers a layout. */
    Layout<T> complete() {
        if (fields.length != components.length) {
            throw new IllegalStateException(recordType.getSimpleName() + ": the layout maps " + fields.length
                    + " of the record's " + components.length + " components");
        }
        return this;
    }

    private void mapTag(int tag, int slot) {
        if (tag >= slotByTag.length) {
            slotByTag = Arrays.copyOf(slotByTag, tag + 1);
        }
        if (slotByTag[tag] != 0) {
            throw new IllegalStateException(type + ": tag " + tag + " twice in one layout");
        }
        slotByTag[tag] = (byte) (slot + 1);
    }

    private Field last() {
        return fields[fields.length - 1];
    }

    private static int[] append(int[] array, int value) {
        int[] longer = Arrays.copyOf(array, array.length + 1);
        longer[array.length] = value;
        return longer;
    }

    // ---- decoding ----

    /** Decodes one message body. */
    T decode(BodyReader in) throws ProtocolException {
        Field[] fs = fields;
        Values v = in.values();
        long[] nums = v.nums;
        Object[] refs = v.refs;
        Arrays.fill(refs, 0, fs.length, null);
        int at = wordReadable ? in.takeFixedPart(fixedSize) : -1;
        if (at >= 0) {
            // The whole fixed part is there: each field is the top bytes of the big-endian word at its offset, an INT
            // kept as its unsigned pattern (v.i() takes the low 32 bits back). No branch per field.
            byte[] b = in.buffer();
            for (int slot = 0; slot < fixedCount; slot++) {
                int word = ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8)
                        | (b[at + 3] & 0xFF);
                nums[slot] = (word & 0xFFFF_FFFFL) >>> shifts[slot];
                at += sizes[slot];
            }
        }
        for (int slot = at >= 0 ? fixedCount : 0; slot < fixedCount; slot++) {
            Field f = fs[slot];
            if (f.when != null && !f.when.test(in.version())) {
                nums[slot] = 0;
                continue;
            }
            switch (f.kind) {
                case U32 -> nums[slot] = in.uint();
                case INT -> nums[slot] = in.int32();
                case U16, BOOL -> nums[slot] = in.ushort();
                case UCHAR -> nums[slot] = in.uchar();
                default -> {
                    long[] array = new long[f.max];
                    for (int k = 0; k < array.length; k++) {
                        array[k] = in.uint();
                    }
                    refs[slot] = array;
                }
            }
        }
        byte[] byTag = slotByTag;
        while (in.nextField()) {
            int tag = in.tag();
            int slot = (tag < byTag.length ? byTag[tag] : 0) - 1;
            if (slot < 0) {
                in.skipUnknownField();
                continue;
            }
            Field f = fs[slot];
            if (f.kind == Kind.STRING) {
                refs[slot] = in.string(f.max);
                continue;
            }
            switch (f.kind) {
                case CALL_VARIABLES -> {
                    if (refs[slot] == null) {
                        refs[slot] = new String[CallVariables.COUNT];
                    }
                    ((String[]) refs[slot])[tag - Tag.CALL_VARIABLE_1] = in.string(CALL_VARIABLE_SIZE);
                }
                case NAMED_VARIABLES -> list(refs, slot).add(in.namedVariable());
                case NAMED_ARRAYS -> list(refs, slot).add(in.namedArray());
                case GROUP -> {
                    if (refs[slot] == null) {
                        refs[slot] = new Collector<>((Layout<?>) f.extra);
                    }
                    ((Collector<?>) refs[slot]).put(tag, in);
                }
                default -> refs[slot] = read(f, in);
            }
        }
        for (int k : finishing) {
            Object value = refs[k];
            if (fs[k].kind == Kind.CALL_VARIABLES) {
                refs[k] = value == null ? CallVariables.none() : CallVariables.of((String[]) value);
            } else if (fs[k].kind == Kind.GROUP) {
                refs[k] = value == null ? List.of() : ((Collector<?>) value).entries();
            } else if (value == null) {
                refs[k] = List.of();
            }
        }
        for (int k : requiredSlots) {
            in.require(refs[k], fs[k].required);
        }
        v.cursor = 0;
        return create.apply(v);
    }

    @SuppressWarnings("unchecked")
    private static <E> List<E> list(Object[] refs, int slot) {
        if (refs[slot] == null) {
            refs[slot] = new ArrayList<E>();
        }
        return (List<E>) refs[slot];
    }

    private static Object read(Field f, BodyReader in) throws ProtocolException {
        return switch (f.kind) {
            case STRING -> in.string(f.max);
            case UNSPEC -> in.byteString(f.max);
            case U32_FIELD -> in.uintField();
            case INT_FIELD -> in.int32Field();
            case U16_FIELD -> in.ushortField();
            case UCHAR_FIELD -> in.ucharField();
            case U16_LIST -> Arrays.stream(in.ushortArrayField()).boxed().toList();
            default -> throw new IllegalStateException("not a plain floating field: " + f.kind);
        };
    }

    /** Collects the entries of one repeated group while a message is decoded. */
    private static final class Collector<E> {
        private final Layout<E> entry;
        private final Object[] members;
        private final Values values;
        private final List<E> entries = new ArrayList<>(4);
        private boolean open;

        Collector(Layout<E> entry) {
            this.entry = entry;
            this.members = new Object[entry.fields.length];
            this.values = new Values(null, members);
        }

        void put(int tag, BodyReader in) throws ProtocolException {
            int member = entry.slotByTag[tag] - 1;
            Object value = read(entry.fields[member], in);
            if (members[member] != null) {
                flush();
            }
            members[member] = value;
            open = true;
        }

        private void flush() {
            if (open) {
                values.cursor = 0;
                entries.add(entry.create.apply(values));
                Arrays.fill(members, null);
                open = false;
            }
        }

        List<E> entries() {
            flush();
            return entries;
        }
    }

    // ---- encoding ----

    /** Encodes one message body. */
    @SuppressWarnings("unchecked")
    void encode(T message, BodyWriter out) throws ProtocolException {
        for (Field f : fields) {
            Object get = f.get;
            if (f.when != null && !f.when.test(out.version())) {
                continue;
            }
            switch (f.kind) {
                case U32 -> out.uint(((ToLongFunction<T>) get).applyAsLong(message));
                case INT -> out.int32(((ToIntFunction<T>) get).applyAsInt(message));
                case U16 -> out.ushort(((ToIntFunction<T>) get).applyAsInt(message));
                case UCHAR -> out.uchar(((ToIntFunction<T>) get).applyAsInt(message));
                case BOOL -> out.bool(((Predicate<T>) get).test(message));
                default -> encodeObject(f, ((Function<T, ?>) get).apply(message), out);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void encodeObject(Field f, Object value, BodyWriter out) throws ProtocolException {
        if (f.required != null) {
            out.requirePresent(value, f.required);
        }
        switch (f.kind) {
            case U32_ARRAY -> {
                for (long each : ((Function<Object, long[]>) f.extra).apply(value)) {
                    out.uint(each);
                }
            }
            case STRING -> out.string(f.tag, (String) value, f.max);
            case UNSPEC -> out.byteString(f.tag, (ByteString) value, f.max);
            case U32_FIELD -> out.uintField(f.tag, (Long) value);
            case INT_FIELD -> out.int32Field(f.tag, (Integer) value);
            case U16_FIELD -> out.ushortField(f.tag, (Integer) value);
            case UCHAR_FIELD -> out.ucharField(f.tag, (Integer) value);
            case U16_LIST -> out.ushortListField(f.tag, (List<Integer>) value);
            case CALL_VARIABLES -> out.callVariables((CallVariables) value);
            case NAMED_VARIABLES -> out.namedVariables((List<NamedVariable>) value);
            case NAMED_ARRAYS -> out.namedArrays((List<NamedArray>) value);
            case GROUP -> {
                Layout<Object> entry = (Layout<Object>) f.extra;
                List<?> entries = (List<?>) value;
                for (int k = 0, n = entries.size(); k < n; k++) {
                    entry.encode(entries.get(k), out);
                }
            }
            default -> throw new IllegalStateException("not an object field: " + f.kind);
        }
    }

    // ---- building messages by field name ----

    /**
     * A builder of this layout's message that takes fields by their record component names and checks each value
     * against its field as the encoder would (range, maximum size), so that a message built wrong fails where it is
     * built. Fields not set are 0, false, absent, or empty for lists and call variables.
     */
    public Builder<T> builder() {
        return new Builder<>(this);
    }

    private int slotOf(String name) {
        Integer slot = names.get(name);
        if (slot == null) {
            throw new IllegalArgumentException(recordType.getSimpleName() + " has no field " + name);
        }
        return slot;
    }

    /** Builds one message from named fields; see {@link Layout#builder()}. */
    public static final class Builder<T> {
        private final Layout<T> layout;
        private final Values values;

        private Builder(Layout<T> layout) {
            this.layout = layout;
            this.values = new Values(new long[layout.fields.length], new Object[layout.fields.length]);
        }

        /** Sets a numeric field, fixed or floating, after checking that the value fits it. */
        public Builder<T> set(String name, long value) {
            int slot = layout.slotOf(name);
            Kind kind = layout.fields[slot].kind;
            long max = switch (kind) {
                case U32, U32_FIELD -> 0xFFFF_FFFFL;
                case U16, U16_FIELD -> 0xFFFF;
                case UCHAR, UCHAR_FIELD -> 0xFF;
                case INT, INT_FIELD -> Integer.MAX_VALUE;
                default -> throw new IllegalArgumentException(name + " is not a numeric field");
            };
            long min = kind == Kind.INT || kind == Kind.INT_FIELD ? Integer.MIN_VALUE : 0;
            if (value < min || value > max) {
                throw new IllegalArgumentException(name + ": " + value + " outside " + min + ".." + max);
            }
            values.nums[slot] = value;
            if (kind == Kind.U32_FIELD) {
                values.refs[slot] = value;
            } else {
                values.refs[slot] = (int) value;
            }
            return this;
        }

        public Builder<T> set(String name, boolean value) {
            int slot = layout.slotOf(name);
            if (layout.fields[slot].kind != Kind.BOOL) {
                throw new IllegalArgumentException(name + " is not a BOOL field");
            }
            values.nums[slot] = value ? 1 : 0;
            return this;
        }

        /** Sets a floating field, a list or the call variables; {@code null} leaves a floating field absent. */
        public Builder<T> set(String name, Object value) {
            int slot = layout.slotOf(name);
            Field f = layout.fields[slot];
            if (value instanceof Number number) {
                return set(name, number.longValue());
            }
            if (f.kind.fixed() && f.kind != Kind.U32_ARRAY) {
                throw new IllegalArgumentException(name + " is a fixed numeric field");
            }
            if (f.kind == Kind.STRING && value != null && ((String) value).length() + 1 > f.max) {
                throw new IllegalArgumentException(name + ": '" + value + "' longer than " + (f.max - 1));
            }
            values.refs[slot] = value;
            return this;
        }

        public T build() {
            Field[] fs = layout.fields;
            Object[] refs = values.refs.clone();
            for (int k = 0; k < fs.length; k++) {
                if (refs[k] == null) {
                    refs[k] = switch (fs[k].kind) {
                        case CALL_VARIABLES -> CallVariables.none();
                        case NAMED_VARIABLES, NAMED_ARRAYS, GROUP -> List.of();
                        default -> null;
                    };
                }
            }
            return layout.create.apply(new Values(values.nums.clone(), refs));
        }
    }

    /** The values of one message in layout order, read by its constructor function one after the other. */
    static final class Values {
        final long[] nums;
        final Object[] refs;
        int cursor;

        Values(long[] nums, Object[] refs) {
            this.nums = nums;
            this.refs = refs;
        }

        /** The next value, a UINT. */
        long l() {
            return nums[cursor++];
        }

        /** The next value, an INT, USHORT or UCHAR. */
        int i() {
            return (int) nums[cursor++];
        }

        /** The next value, a BOOL. */
        boolean b() {
            return nums[cursor++] != 0;
        }

        /** The next value, a floating field, a list or an array. */
        @SuppressWarnings("unchecked")
        <V> V o() {
            return (V) refs[cursor++];
        }
    }
}
