package org.ctios.protocol.codec;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.ProtocolException;
import org.ctios.protocol.ProtocolVersion;
import org.ctios.protocol.types.ByteString;
import org.ctios.protocol.types.CallVariables;

/**
 * The layout of one message type, declared once: the fixed fields in wire order (their types give their offsets),
 * then the floating fields with their tags and maximum sizes, the call variables, the ECC variables and the repeated
 * groups, in the order they are written. The same layout decodes, encodes and checks sizes ({@link Builder}).
 *
 * <p>Each field is named after the record component it maps to, and the record's components are in the layout's
 * order: the layout checks both when it is built (a misplaced or misnamed field fails the class's initialisation,
 * not a message). {@link #complete()} then binds the record, once, into two method handles, so that no reflection
 * runs and nothing is boxed per message: its canonical constructor, each fixed field read from the frame at its
 * offset and each other component taken from its decoded slot, and a writer that hands each accessor's value to the
 * {@link BodyWriter} method of the field's type, field after field. Called through a field, neither is inlined.
 *
 * <p>A layout made by {@link #entry} describes the entries of a repeated group: only floating fields. The members of
 * an entry arrive as consecutive fields; a member the current entry already has starts the next entry, so entries
 * with absent members are kept as they were sent.
 */
public final class Layout<T> {

    /** Most fields a layout may have: the size of the decoder's reused value slots. */
    static final int MAX_FIELDS = 64;
    private static final byte[] NO_FIXED_PART = new byte[0];
    /** A fixed field is read as the big-endian word that ends with it, masked to its size. */
    private static final VarHandle WORD = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    private static final MethodHandle OBJECT_SLOT = MethodHandles.arrayElementGetter(Object[].class);
    private static final MethodHandle FIXED_FIELD = handle(Layout.class, "fixedField");
    private static final MethodHandle FIXED_ARRAY = handle(Layout.class, "fixedArray");
    private static final MethodHandle NON_ZERO = handle(Layout.class, "nonZero");
    private static final MethodHandle UNSIGNED = handle(Integer.class, "toUnsignedLong");
    private static final MethodHandle APPLY = handle(Function.class, "apply");
    private static final MethodHandle IN_VERSION = MethodHandles.filterArguments(handle(Predicate.class, "test"), 1,
            handle(BodyWriter.class, "version").asType(MethodType.methodType(Object.class, BodyWriter.class)));
    private static final MethodHandle WRITE_ENTRIES = handle(Layout.class, "writeEntries");
    private static final MethodHandle NOTHING = MethodHandles.empty(
            MethodType.methodType(void.class, BodyWriter.class, Object.class));

    /** A field's wire type: its component's Java type (none: converted) and a number's size in bytes. */
    enum Kind {
        U32(long.class, 4), INT(int.class, 4), U16(int.class, 2), BOOL(boolean.class, 2), UCHAR(int.class, 1),
        U32_ARRAY(null, 4), STRING(String.class, 0), UNSPEC(ByteString.class, 0), U32_FIELD(Long.class, 4),
        INT_FIELD(Integer.class, 4), U16_FIELD(Integer.class, 2), UCHAR_FIELD(Integer.class, 1),
        U16_LIST(List.class, 0), CALL_VARIABLES(CallVariables.class, 0), NAMED_VARIABLES(List.class, 0),
        NAMED_ARRAYS(List.class, 0), GROUP(List.class, 0);

        final Class<?> javaType;
        final int size;

        Kind(Class<?> javaType, int size) {
            this.javaType = javaType;
            this.size = size;
        }

        boolean fixed() {
            return ordinal() <= U32_ARRAY.ordinal();
        }
    }

    /**
     * One field: {@code max} is a floating field's size (NUL included) or an array's count; {@code extra} is a
     * group's entry layout or an array's {@link Conversion}.
     */
    private record Field(String name, Kind kind, int tag, int max, Object extra, String required,
                         Predicate<ProtocolVersion> when) {
    }

    /** How an array component is made of its UINTs, and taken back into them. */
    private record Conversion(Function<long[], ?> fromWire, Function<?, long[]> toWire) {
    }

    private final MessageType type;
    private final Class<T> recordType;
    private final RecordComponent[] components;
    private Field[] fields = new Field[0];
    private byte[] slotByTag = new byte[0];
    private int[] finishing = new int[0];
    private int[] requiredSlots = new int[0];
    /** Where each fixed field starts, then where the fixed part ends. */
    private int[] offsets = {0};
    /** Bound by {@link #complete()}: the record made of its fixed part and slots; its fields written, in order. */
    private MethodHandle construct;
    private MethodHandle writer;

    private Layout(MessageType type, Class<T> recordType) {
        this.type = type;
        this.recordType = recordType;
        this.components = recordType.getRecordComponents();
    }

    /** A message's layout; its fields follow. */
    static <T> Layout<T> of(MessageType type, Class<T> recordType) {
        return new Layout<>(type, recordType);
    }

    /** The layout of a repeated group's entry. */
    static <T> Layout<T> entry(Class<T> recordType) {
        return new Layout<>(null, recordType);
    }

    /** The many confirmations and requests whose whole body is one InvokeID. */
    static <T extends InvokedMessage> Layout<T> invokeIdOnly(MessageType type, Class<T> recordType) {
        return of(type, recordType).u32("invokeId");
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

    /** {@code count} consecutive UINTs, one component: {@code fromWire} makes it of them, {@code toWire} undoes it. */
    <V> Layout<T> u32s(String name, int count, Function<long[], V> fromWire, Function<V, long[]> toWire) {
        return add(name, Kind.U32_ARRAY, 0, count, new Conversion(fromWire, toWire));
    }

    /**
     * Makes the last fixed field exist only in the versions {@code when} accepts; elsewhere it reads as 0. It must
     * end the fixed part, so that the other fields keep their offsets.
     */
    Layout<T> since(Predicate<ProtocolVersion> when) {
        Field f = last();
        fields[fields.length - 1] = new Field(f.name, f.kind, f.tag, f.max, f.extra, f.required, when);
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
        return add(name, Kind.CALL_VARIABLES, Tag.CALL_VARIABLE_1, CallVariables.MAX_LENGTH + 1, null);
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
        fields[fields.length - 1] = new Field(f.name, f.kind, f.tag, f.max, f.extra, guideName, f.when);
        requiredSlots = append(requiredSlots, fields.length - 1);
        return this;
    }

    private Layout<T> add(String name, Kind kind, int tag, int max, Object extra) {
        int slot = fields.length;
        boolean afterLastFixed = slot > 0 && (!last().kind.fixed() || last().when != null);
        if (slot == MAX_FIELDS || kind.fixed() && (type == null || afterLastFixed)) {
            throw new IllegalStateException(type + ": fixed fields come first (one of some versions only, last), in a"
                    + " message, at most " + MAX_FIELDS + " fields");
        }
        if (slot >= components.length || !components[slot].getName().equals(name)) {
            throw new IllegalStateException(recordType.getSimpleName() + ": layout field " + slot + " is " + name
                    + ", the record's component " + (slot < components.length ? components[slot].getName() : "none"));
        }
        if (kind.javaType != null && components[slot].getType() != kind.javaType) {
            throw new IllegalStateException(components[slot] + " cannot hold a " + kind + " field");
        }
        if (kind.fixed()) {
            int size = kind == Kind.U32_ARRAY ? 4 * max : kind.size;
            offsets = Arrays.copyOf(offsets, slot + 2);
            offsets[slot + 1] = offsets[slot] + size;
        }
        fields = Arrays.copyOf(fields, slot + 1);
        fields[slot] = new Field(name, kind, tag, max, extra, null, null);
        if (kind == Kind.GROUP) {
            for (Field member : ((Layout<?>) extra).complete().fields) {
                mapTag(member.tag, slot);
            }
        } else if (!kind.fixed()) {
            int lastTag = kind == Kind.CALL_VARIABLES ? Tag.CALL_VARIABLE_10 : tag;
            for (int t = tag; t <= lastTag; t++) {
                mapTag(t, slot);
            }
        }
        if (kind.ordinal() >= Kind.CALL_VARIABLES.ordinal()) {
            finishing = append(finishing, slot);
        }
        return this;
    }

    /**
     * Checks that the layout maps every component of its record, then binds the record's constructor and accessors
     * (once); the table calls it when it registers a layout, a group when it takes its entry layout.
     */
    Layout<T> complete() {
        if (fields.length != components.length) {
            throw new IllegalStateException(recordType.getSimpleName() + ": the layout maps " + fields.length
                    + " of the record's " + components.length + " components");
        }
        if (construct == null) {
            bind();
        }
        return this;
    }

    /**
     * Binds the canonical constructor to (the bytes holding the fixed part, where it starts, the object slots), each
     * parameter replaced by what makes it, and chains the writers of the fields in layout order.
     */
    private void bind() {
        Class<?>[] types = new Class<?>[components.length];
        for (int k = 0; k < components.length; k++) {
            types[k] = components[k].getType();
        }
        int[] order = new int[2 * components.length];
        int parameters = 0;
        MethodHandle write = NOTHING;
        try {
            MethodHandle create = LOOKUP.findConstructor(recordType, MethodType.methodType(void.class, types));
            for (int k = 0; k < components.length; k++) {
                MethodHandle value = componentValue(fields[k], k, types[k]);
                create = MethodHandles.collectArguments(create, parameters, value);
                for (Class<?> made : value.type().parameterList()) {
                    order[parameters++] = made == byte[].class ? 0 : made == int.class ? 1 : 2;
                }
                write = MethodHandles.foldArguments(fieldWriter(fields[k], components[k]), write);
            }
            construct = MethodHandles.permuteArguments(create, MethodType.methodType(recordType, byte[].class,
                            int.class, Object[].class), Arrays.copyOf(order, parameters))
                    .asType(MethodType.methodType(Object.class, byte[].class, int.class, Object[].class));
            writer = write;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(recordType.getSimpleName() + " has no canonical constructor", e);
        }
    }

    /**
     * What makes component {@code k}: a fixed field read from (bytes, start of the fixed part) at its offset, another
     * component taken from its slot in (objects).
     */
    private MethodHandle componentValue(Field f, int k, Class<?> type) {
        MethodHandle value;
        if (f.kind == Kind.U32_ARRAY) {
            value = MethodHandles.filterReturnValue(MethodHandles.insertArguments(FIXED_ARRAY, 0, offsets[k], f.max),
                    APPLY.bindTo(((Conversion) f.extra).fromWire).asType(MethodType.methodType(Object.class,
                            long[].class)));
        } else if (f.kind.fixed()) {
            value = MethodHandles.insertArguments(FIXED_FIELD, 0, offsets[k + 1], f.kind.size);
            if (type == boolean.class) {
                value = MethodHandles.filterReturnValue(value, NON_ZERO);
            }
        } else {
            value = MethodHandles.insertArguments(OBJECT_SLOT, 1, k);
        }
        return MethodHandles.explicitCastArguments(value, MethodType.methodType(type, value.type().parameterArray()));
    }

    /**
     * The writer of one field: (BodyWriter, record) to void, which reads the component and writes it with the
     * method of its type, after checking a required field, in the versions that have it.
     */
    private static MethodHandle fieldWriter(Field f, RecordComponent component) throws IllegalAccessException {
        MethodHandle put = switch (f.kind) {
            case U32, INT, U16, BOOL, UCHAR -> writing("number", f.kind.size);
            case U32_ARRAY -> MethodHandles.filterArguments(writing("uints"), 1, APPLY
                    .bindTo(((Conversion) f.extra).toWire).asType(MethodType.methodType(long[].class, Object.class)));
            case STRING -> writing("string", f.tag, f.max);
            case UNSPEC -> writing("unspec", f.tag, f.max);
            case U32_FIELD, INT_FIELD, U16_FIELD, UCHAR_FIELD -> writing("numberField", f.tag, f.kind.size);
            case U16_LIST -> writing("ushorts", f.tag);
            case CALL_VARIABLES -> writing("callVariables");
            case NAMED_VARIABLES, NAMED_ARRAYS -> writing("eccVariables");
            case GROUP -> MethodHandles.insertArguments(WRITE_ENTRIES, 0, ((Layout<?>) f.extra).writer);
        };
        if (f.required != null) {
            put = MethodHandles.foldArguments(put, writing("require", f.required).asType(put.type()));
        }
        MethodHandle get = LOOKUP.unreflect(component.getAccessor());
        if (f.kind == Kind.INT) {
            get = MethodHandles.filterReturnValue(get, UNSIGNED);
        }
        // A number widens to the long it is written from (a BOOL to 1 or 0), an object is cast from the record.
        MethodHandle write = MethodHandles.filterArguments(put, 1, MethodHandles.explicitCastArguments(get,
                MethodType.methodType(put.type().parameterType(1), Object.class)));
        if (f.when == null) {
            return write;
        }
        MethodHandle inVersion = MethodHandles.dropArguments(IN_VERSION.bindTo(f.when), 1, Object.class);
        return MethodHandles.guardWithTest(inVersion, write, NOTHING);
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

    /** The body writer's method of that name, a handle of (writer, value) once the {@code leading} ones are bound. */
    private static MethodHandle writing(String method, Object... leading) {
        return MethodHandles.insertArguments(handle(BodyWriter.class, method), 1, leading);
    }

    /** The one method of that name as a handle, an instance method taking its object first. */
    private static MethodHandle handle(Class<?> owner, String name) {
        try {
            for (Method method : owner.getDeclaredMethods()) {
                if (method.getName().equals(name)) {
                    return LOOKUP.unreflect(method);
                }
            }
            throw new NoSuchMethodException(owner.getName() + "." + name);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- decoding ----

    /** Decodes one message body: its fixed part taken whole, its floating fields into the reader's slots. */
    T decode(BodyReader in) throws ProtocolException {
        Field[] fs = fields;
        Object[] objects = in.objects;
        int count = offsets.length - 1;
        Arrays.fill(objects, count, fs.length, null);
        if (count > 0 && fs[count - 1].when != null && !fs[count - 1].when.test(in.version())) {
            count--;
        }
        int at = in.fixedPart(offsets, count);
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
                objects[slot] = in.string(f.max);
                continue;
            }
            switch (f.kind) {
                case CALL_VARIABLES -> in.callVariables(slot)[tag - f.tag] = in.string(f.max);
                case NAMED_VARIABLES, NAMED_ARRAYS ->
                        in.collector(slot).values.add(in.eccVariable(tag == Tag.NAMED_ARRAY));
                case GROUP -> in.collector(slot).put((Layout<?>) f.extra, tag, in);
                default -> objects[slot] = value(f, in);
            }
        }
        for (int k : finishing) {
            objects[k] = finished(fs[k], objects[k]);
        }
        for (int k : requiredSlots) {
            in.require(objects[k], fs[k].required);
        }
        return construct(in.fixedBytes(), at, objects);
    }

    /** The current floating field as the value of {@code f}: a string, bytes, a boxed number or a list of USHORTs. */
    private static Object value(Field f, BodyReader in) throws ProtocolException {
        return switch (f.kind) {
            case STRING -> in.string(f.max);
            case UNSPEC -> in.byteString(f.max);
            case U32_FIELD -> Long.valueOf(in.number(4));
            case INT_FIELD, U16_FIELD, UCHAR_FIELD -> Integer.valueOf((int) in.number(f.kind.size));
            case U16_LIST -> in.ushorts();
            default -> throw new IllegalStateException("not a plain floating field: " + f.kind);
        };
    }

    /** A list, group or call variables slot as its component takes it: what was collected, or empty when absent. */
    private static Object finished(Field f, Object value) {
        if (value instanceof Collector collector) {
            return collector.take((Layout<?>) f.extra);
        }
        if (value instanceof String[] callVariables) {
            return CallVariables.of(callVariables);
        }
        return value != null ? value : f.kind == Kind.CALL_VARIABLES ? CallVariables.none() : List.of();
    }

    /** A fixed field of {@code size} bytes ending at {@code end}. */
    private static long fixedField(int end, int size, byte[] bytes, int at) {
        return word(bytes, at + end, size);
    }

    /** The unsigned number of {@code size} bytes ending at {@code end}: the low bytes of the big-endian word there. */
    static long word(byte[] bytes, int end, int size) {
        return (int) WORD.get(bytes, end - 4) & (0xFFFF_FFFFL >>> 32 - 8 * size);
    }

    /** A fixed array of {@code count} UINTs. */
    private static long[] fixedArray(int offset, int count, byte[] bytes, int at) {
        long[] values = new long[count];
        for (int i = 0; i < count; i++) {
            values[i] = fixedField(offset + 4 * i + 4, 4, bytes, at);
        }
        return values;
    }

    /** A BOOL's value: any other than 0 reads as true. */
    private static boolean nonZero(long value) {
        return value != 0;
    }

    @SuppressWarnings("unchecked")
    private T construct(byte[] fixedPart, int at, Object[] objects) {
        try {
            return (T) (Object) construct.invokeExact(fixedPart, at, objects);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("a record's constructor threw " + e, e);
        }
    }

    /**
     * Collects a list field's values, or a repeated group's entries, while a message is decoded. A reader keeps one
     * per slot and reuses it, so that collecting allocates no more than the immutable list it ends in.
     */
    static final class Collector {
        private final List<Object> values = new ArrayList<>();
        private final Object[] members = new Object[MAX_FIELDS];
        private boolean open;

        Collector clear() {
            values.clear();
            if (open) {
                Arrays.fill(members, null);
                open = false;
            }
            return this;
        }

        /** A member of the group's current entry; one the entry already has starts the next entry. */
        void put(Layout<?> entry, int tag, BodyReader in) throws ProtocolException {
            int member = entry.slotByTag[tag] - 1;
            Object value = value(entry.fields[member], in);
            if (members[member] != null) {
                flush(entry);
            }
            members[member] = value;
            open = true;
        }

        private void flush(Layout<?> entry) {
            if (open) {
                values.add(entry.construct(NO_FIXED_PART, 0, members));
                Arrays.fill(members, 0, entry.fields.length, null);
                open = false;
            }
        }

        /** The values or, for a group, the entries collected, as an immutable list. */
        List<Object> take(Layout<?> entry) {
            flush(entry);
            return List.copyOf(values);
        }
    }

    // ---- encoding ----

    /** Encodes one message body. */
    void encode(T message, BodyWriter out) throws ProtocolException {
        try {
            writer.invokeExact(out, (Object) message);
        } catch (ProtocolException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("a record's accessor threw " + e, e);
        }
    }

    /** Writes a group's entries with their layout's writer, a handle bound into the message's writer. */
    private static void writeEntries(MethodHandle entry, BodyWriter out, List<?> entries) throws Throwable {
        for (int k = 0, n = entries.size(); k < n; k++) {
            entry.invokeExact(out, (Object) entries.get(k));
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
        for (int slot = 0; slot < fields.length; slot++) {
            if (fields[slot].name.equals(name)) {
                return slot;
            }
        }
        throw new IllegalArgumentException(recordType.getSimpleName() + " has no field " + name);
    }

    /** Builds one message from named fields; see {@link Layout#builder()}. */
    public static final class Builder<T> {
        private final Layout<T> layout;
        private final byte[] fixedPart;
        private final Object[] objects;

        private Builder(Layout<T> layout) {
            this.layout = layout;
            this.fixedPart = new byte[3 + layout.offsets[layout.offsets.length - 1]];
            this.objects = new Object[layout.fields.length];
        }

        /** Sets a numeric field, fixed or floating, after checking that the value fits it. */
        public Builder<T> set(String name, long value) {
            int slot = layout.slotOf(name);
            Kind kind = layout.fields[slot].kind;
            if (kind.size == 0 || kind == Kind.BOOL || kind == Kind.U32_ARRAY) {
                throw new IllegalArgumentException(name + " is not a numeric field");
            }
            boolean signed = kind == Kind.INT || kind == Kind.INT_FIELD;
            long min = signed ? Integer.MIN_VALUE : 0;
            long max = signed ? Integer.MAX_VALUE : (1L << 8 * kind.size) - 1;
            if (value < min || value > max) {
                throw new IllegalArgumentException(name + ": " + value + " outside " + min + ".." + max);
            }
            if (kind.fixed()) {
                putFixed(slot, value);
            } else {
                // A floating field's component is a Long (UINT) or an Integer (the others).
                objects[slot] = kind == Kind.U32_FIELD ? (Object) value : (Object) (int) value;
            }
            return this;
        }

        public Builder<T> set(String name, boolean value) {
            int slot = layout.slotOf(name);
            if (layout.fields[slot].kind != Kind.BOOL) {
                throw new IllegalArgumentException(name + " is not a BOOL field");
            }
            putFixed(slot, value ? 1 : 0);
            return this;
        }

        /** A fixed field's value in the builder's fixed part, big-endian at its offset, as a decoder reads it. */
        private void putFixed(int slot, long value) {
            for (int i = 3 + layout.offsets[slot + 1] - 1; i >= 3 + layout.offsets[slot]; i--, value >>>= 8) {
                fixedPart[i] = (byte) value;
            }
        }

        /** Sets a floating field, a list or the call variables; {@code null} leaves a floating field absent. */
        public Builder<T> set(String name, Object value) {
            int slot = layout.slotOf(name);
            Field f = layout.fields[slot];
            if (value instanceof Number number) {
                return set(name, number.longValue());
            }
            if (f.kind.fixed()) {
                throw new IllegalArgumentException(name + " is a fixed field");
            }
            if (f.kind == Kind.STRING && value != null && ((String) value).length() + 1 > f.max) {
                throw new IllegalArgumentException(name + ": '" + value + "' longer than " + (f.max - 1));
            }
            objects[slot] = value;
            return this;
        }

        public T build() {
            for (int k : layout.finishing) {
                objects[k] = finished(layout.fields[k], objects[k]);
            }
            return layout.construct(fixedPart, 3, objects);
        }
    }
}
