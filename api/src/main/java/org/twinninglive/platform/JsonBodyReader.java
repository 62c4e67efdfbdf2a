package org.twinninglive.platform;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;

/**
 * Reads every JSON request body of the API (records, and lists of records): first as JSON,
 * then its shape against the Java type, so that a body of the wrong shape is a 400 that names
 * the field ({@code answers}, {@code subjects[2]}, {@code [0].points}) instead of a binding
 * failure deep in JSON-B. An empty body is no body (the service then names what is missing).
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonBodyReader implements MessageBodyReader<Object> {

    /** Made on first use: the shape check needs only JSON-P. */
    private static final class Binding {
        static final Jsonb JSONB = JsonbBuilder.create();
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() || Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream body) throws java.io.IOException {
        String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
        if (text.isBlank()) {
            return null;
        }
        JsonValue value;
        try (var reader = Json.createReader(new StringReader(text))) {
            value = reader.readValue();
        } catch (JsonException malformed) {
            throw new InvalidInputException("body", "The request body is not valid JSON.");
        }
        checkShape(value, genericType, "");
        try {
            return Binding.JSONB.fromJson(text, genericType);
        } catch (JsonbException unbound) {
            throw new InvalidInputException("body", "The request body does not have the expected shape.");
        }
    }

    /** Refuses the first value whose JSON kind does not fit the Java type at its place. */
    static void checkShape(JsonValue value, Type type, String path) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (type instanceof Class<?> plain && plain.isPrimitive()) {
                throw wrongShape(path, kindOf(plain));
            }
            return;
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            Type[] arguments = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                JsonArray array = expect(value, JsonValue.ValueType.ARRAY, path, "a list").asJsonArray();
                for (int i = 0; i < array.size(); i++) {
                    checkShape(array.get(i), arguments[0], path + "[" + i + "]");
                }
            } else if (Map.class.isAssignableFrom(raw)) {
                JsonObject object = expect(value, JsonValue.ValueType.OBJECT, path, "an object").asJsonObject();
                object.forEach((key, entry) -> checkShape(entry, arguments[1], join(path, key)));
            }
            return;
        }
        if (!(type instanceof Class<?> plain)) {
            return;
        }
        if (plain.isRecord()) {
            JsonObject object = expect(value, JsonValue.ValueType.OBJECT, path, "an object").asJsonObject();
            for (RecordComponent component : plain.getRecordComponents()) {
                JsonValue field = object.get(component.getName());
                if (field != null) {
                    checkShape(field, component.getGenericType(), join(path, component.getName()));
                }
            }
            return;
        }
        String kind = kindOf(plain);
        switch (kind) {
            case "text" -> expect(value, JsonValue.ValueType.STRING, path, "a text");
            case "true or false" -> {
                if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
                    throw wrongShape(path, kind);
                }
            }
            case "a whole number" -> {
                expect(value, JsonValue.ValueType.NUMBER, path, kind);
                if (!((JsonNumber) value).isIntegral()) {
                    throw wrongShape(path, kind);
                }
            }
            case "a number" -> expect(value, JsonValue.ValueType.NUMBER, path, kind);
            default -> {
                // a type the API does not take today: JSON-B decides
            }
        }
    }

    private static String kindOf(Class<?> type) {
        if (type == String.class || type.isEnum() || type == java.util.UUID.class
                || type.getPackageName().equals("java.time")) {
            return "text";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == BigInteger.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class || type == BigDecimal.class) {
            return "a number";
        }
        return "other";
    }

    private static JsonValue expect(JsonValue value, JsonValue.ValueType kind, String path, String words) {
        if (value.getValueType() != kind) {
            throw wrongShape(path, words);
        }
        return value;
    }

    private static InvalidInputException wrongShape(String path, String words) {
        String field = path.isEmpty() ? "body" : path;
        String subject = path.isEmpty() ? "The request body" : "'" + path + "'";
        return new InvalidInputException(field, subject + " must be " + (words.equals("text") ? "a text" : words) + ".");
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
