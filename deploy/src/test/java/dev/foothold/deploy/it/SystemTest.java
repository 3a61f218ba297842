package dev.foothold.deploy.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test of the deployed WAR: the stack starts first (its configuration must be in place before
 * Arquillian starts Payara Micro), then Arquillian deploys.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(StackExtension.class)
@ExtendWith(ArquillianExtension.class)
public @interface SystemTest {}
