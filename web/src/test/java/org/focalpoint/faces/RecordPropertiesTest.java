package org.focalpoint.faces;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordPropertiesTest {

    record Row(String title, int count) {
    }

    /** Not a record: left to the resolvers after this one, as a bean is. */
    static final class Bean {
        public String getTitle() {
            return "bean";
        }
    }

    private final RecordProperties resolver = new RecordProperties();

    @Test
    void aComponentIsReadAsAPropertyAndSaidResolved() {
        ELContext context = context();
        assertEquals("Handbook", resolver.getValue(context, new Row("Handbook", 3), "title"));
        assertTrue(context.isPropertyResolved());
        ELContext again = context();
        assertEquals(3, resolver.getValue(again, new Row("Handbook", 3), "count"));
        assertTrue(again.isPropertyResolved());
    }

    @Test
    void whatIsNoComponentOfARecordIsLeftToTheOtherResolvers() {
        for (Object[] asked : new Object[][]{{new Row("a", 1), "subtitle"}, {new Bean(), "title"}, {null, "title"},
                {new Row("a", 1), 0}}) {
            ELContext context = context();
            assertNull(resolver.getValue(context, asked[0], asked[1]));
            assertFalse(context.isPropertyResolved(), () -> asked[0] + "." + asked[1]);
        }
    }

    @Test
    void aComponentCannotBeSet() {
        ELContext context = context();
        assertTrue(resolver.isReadOnly(context, new Row("a", 1), "title"));
        assertTrue(context.isPropertyResolved());
        assertNull(resolver.getType(context(), new Row("a", 1), "title"));
        assertThrows(PropertyNotWritableException.class, () -> resolver.setValue(context(), new Row("a", 1), "title", "b"));
    }

    private ELContext context() {
        return new ELContext() {
            @Override
            public ELResolver getELResolver() {
                return resolver;
            }

            @Override
            public FunctionMapper getFunctionMapper() {
                return null;
            }

            @Override
            public VariableMapper getVariableMapper() {
                return null;
            }
        };
    }
}
