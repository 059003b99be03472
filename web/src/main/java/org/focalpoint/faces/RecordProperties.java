package org.focalpoint.faces;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a record's components as properties, {@code #{row.title}}, as Jakarta EL 6 does and EL 5
 * (WildFly's for Jakarta EE 10) does not: there a page must call {@code #{row.title()}}, and each
 * such call looks the method up anew, copying every public method of the class, which a page of
 * search results did thousands of times a request. The accessors are looked up once per class.
 */
public class RecordProperties extends ELResolver {

    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> accessors = new HashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Method accessor = component.getAccessor();
                accessor.trySetAccessible();
                accessors.put(component.getName(), accessor);
            }
            return accessors;
        }
    };

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        Method accessor = accessor(base, property);
        if (accessor == null) {
            return null;
        }
        context.setPropertyResolved(base, property);
        try {
            return accessor.invoke(base);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new ELException(accessor.toString(), e.getCause() == null ? e : e.getCause());
        }
    }

    /** A component is read-only: null, as for any property that cannot be set. */
    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        if (accessor(base, property) != null) {
            context.setPropertyResolved(base, property);
        }
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (accessor(base, property) != null) {
            throw new PropertyNotWritableException(base.getClass().getSimpleName() + "." + property);
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (accessor(base, property) == null) {
            return false;
        }
        context.setPropertyResolved(base, property);
        return true;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base != null && base.getClass().isRecord() ? String.class : null;
    }

    private static Method accessor(Object base, Object property) {
        if (base == null || !(property instanceof String name) || !base.getClass().isRecord()) {
            return null;
        }
        return ACCESSORS.get(base.getClass()).get(name);
    }
}
