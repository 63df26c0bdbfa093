package io.edubureau.platform;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/** The one place that says who the author of a change is. */
class ActorTests {

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theSignedInUserActs() {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("officer-7", null,
					List.of(new SimpleGrantedAuthority("staff:person:read"))));
		assertThat(Actor.current()).isEqualTo("officer-7");
	}

	@Test
	void withoutASignedInUserTheSystemActs() {
		assertThat(Actor.current()).isEqualTo("system");
	}

	@Test
	void aCallerNotYetAuthenticatedIsNotNamed() {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.unauthenticated("guessed-name", "secret"));
		assertThat(Actor.current()).isEqualTo("system");
	}

}
