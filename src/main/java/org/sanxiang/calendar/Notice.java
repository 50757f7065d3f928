package org.sanxiang.calendar;

/** The State Council notice (国务院办公厅关于…节假日安排的通知) a year's calendar comes from. */
record Notice(String title, String url) {
}
