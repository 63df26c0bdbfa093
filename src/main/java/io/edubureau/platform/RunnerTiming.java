package io.edubureau.platform;

import java.lang.reflect.Method;

import org.aopalliance.aop.Advice;
import org.aopalliance.intercept.MethodInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.aop.Pointcut;
import org.springframework.aop.support.AbstractPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Role;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Logs how long each of the application's start-up runners took (the demo county's
 * loaders, account bootstrap), one INFO line each: start-up time is spent there, and
 * without the figure nobody knows which loader to make faster.
 */
@Component
@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
class RunnerTiming extends AbstractPointcutAdvisor {

	private static final Logger log = LoggerFactory.getLogger(RunnerTiming.class);

	private final transient StaticMethodMatcherPointcut pointcut = new StaticMethodMatcherPointcut() {

		@Override
		public boolean matches(Method method, Class<?> targetClass) {
			return ApplicationRunner.class.isAssignableFrom(targetClass) && method.getName().equals("run")
					&& method.getParameterCount() == 1 && targetClass.getName().startsWith("io.edubureau.");
		}

	};

	private final transient MethodInterceptor advice = invocation -> {
		long started = System.nanoTime();
		try {
			return invocation.proceed();
		}
		finally {
			Object runner = invocation.getThis();
			log.info("Start-up runner {} took {} ms",
					runner == null ? "?" : ClassUtils.getUserClass(runner).getSimpleName(),
					(System.nanoTime() - started) / 1_000_000);
		}
	};

	@Override
	public Pointcut getPointcut() {
		return this.pointcut;
	}

	@Override
	public Advice getAdvice() {
		return this.advice;
	}

}
