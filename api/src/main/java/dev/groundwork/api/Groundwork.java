package dev.groundwork.api;

public final class Groundwork {
    private Groundwork() {}
    public static void main(String[] args) {}
}
