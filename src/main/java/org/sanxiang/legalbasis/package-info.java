/**
 * Legal basis (法律依据): laws and their articles in force on a date, violation types with
 * their discretion benchmarks (裁量基准) and the calculator that applies them, and the
 * enforcement matters of the 权责清单.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "core", "platform" })
package org.sanxiang.legalbasis;
