package org.sanxiang.subject;

/** One refused field of a party: field name, stable code, Chinese message. */
public record FieldError(String field, String code, String message) {

}
