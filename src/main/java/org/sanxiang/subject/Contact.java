package org.sanxiang.subject;

import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/** A contact person of a party (联系人) with a sealed phone number. */
@Table("subject_contact")
public record Contact(String name, @Embedded.Nullable(prefix = "phone_") Sealed phone) {

}
