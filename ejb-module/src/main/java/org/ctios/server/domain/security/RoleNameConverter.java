package org.ctios.server.domain.security;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a role by its lower-case name, the name the container's role mapping and the SQL examples use. */
@Converter
public class RoleNameConverter implements AttributeConverter<Role, String> {

    @Override
    public String convertToDatabaseColumn(Role role) {
        return role == null ? null : role.roleName();
    }

    @Override
    public Role convertToEntityAttribute(String name) {
        return name == null ? null : Role.ofName(name);
    }
}
